using ReportForge.Storage;

namespace ReportForge.Jobs.Outputs;

/// <summary>Where published files are downloaded: <c>/outputs/&lt;source-id&gt;/&lt;path&gt;</c>.</summary>
public static class OutputLinks
{
    public const string Prefix = "/outputs";

    public static string For(string sourceId, string relativePath) =>
        Prefix + "/" + Uri.EscapeDataString(sourceId) + "/" + string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Where <paramref name="file"/> is downloaded.</summary>
    public static string Url(this PublishedFile file) => For(file.SourceId, file.Entry.Path);
}
