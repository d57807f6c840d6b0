namespace ReportForge.Storage;

/// <summary>Removes a request's staging folder while other jobs of the same request may still be writing into it.</summary>
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
