namespace ReportForge.Matching.Tests.Fixtures;

/// <summary>The Slovenia fixtures copied beside the tests.</summary>
internal static class FixturePaths
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");
    public static string UprInfoCsv => Path.Combine(Root, "slovenia-upr-info-recommendations-2010-2014.csv");
    public static string ThematicList2014 => Path.Combine(Root, "slovenia-2014", "thematic-list-of-recommendations.docx");
    public static string ThematicList2019 => Path.Combine(Root, "slovenia-2019", "thematic-list-of-recommendations.docx");
    public static string Summary2014 => Path.Combine(Root, "slovenia-2014", "summary.txt");
    public static string Summary2019 => Path.Combine(Root, "slovenia-2019", "summary.txt");

    /// <summary>A scratch file that is deleted with the returned handle.</summary>
    public static TempFile Temp(string extension) => new(Path.Combine(Path.GetTempPath(), $"rf-match-{Guid.NewGuid():N}{extension}"));

    public sealed class TempFile(string path) : IDisposable
    {
        public string Path { get; } = path;
        public void Dispose() { if (File.Exists(Path)) File.Delete(Path); }
    }
}
