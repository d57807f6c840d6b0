namespace ReportForge.Storage;

/// <summary>
/// Where the registry keeps its files: <c>output/.registry/</c>, beside the per-source output
/// folders. Its name starts with a dot, which no source id can, so the two never collide and
/// downloads never reach it.
/// </summary>
public sealed class RegistryLayout(string outputRoot)
{
    public const string FolderName = ".registry";

    /// <summary>The folder holding one subfolder per source (<c>output/</c>).</summary>
    public string OutputRoot { get; } = Path.GetFullPath(outputRoot);

    public string Root => Path.Combine(OutputRoot, FolderName);
    public string SourcesFolder => Path.Combine(Root, "sources");
    public string IncomingFolder => Path.Combine(Root, "incoming");
    public string StagingFolder => Path.Combine(Root, "staging");

    public string SourceFolder(string sourceId) => Path.Combine(SourcesFolder, sourceId);
    public string OutputFolder(string sourceId) => Path.Combine(OutputRoot, sourceId);
}
