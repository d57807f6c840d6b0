namespace ReportForge.Jobs.Tests.Fakes;

/// <summary>A fresh folder under the system temp folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reportforge-jobs-tests-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a worker may still hold a lock file for a moment; the temp folder is cleaned eventually
        }
    }
}
