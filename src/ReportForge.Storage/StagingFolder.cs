namespace ReportForge.Storage;

/// <summary>
/// Removes a staging folder (a request's, or a finished regeneration's), while another job may still be writing
/// into it: what cannot go now is left to the removal that job makes, or the next one, never an error.
/// </summary>
internal static class StagingFolder
{
    public static void Remove(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // removed at the same moment by another job of the request
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // a file job is still writing here: it removes the folder itself once it sees the request failed
        }
    }
}
