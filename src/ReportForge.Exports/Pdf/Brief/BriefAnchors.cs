namespace ReportForge.Exports.Pdf.Brief;

/// <summary>Names of the brief's link targets, shared by the parts that link and the parts linked to.</summary>
internal static class BriefAnchors
{
    public const string KeyAsks = "key-asks";
    public const string Contents = "contents";
    public const string Charts = "charts";
    public const string Annex = "annex";

    /// <summary>The heading of a part, lettered section or theme: <c>section-II.B.2</c>.</summary>
    public static string Section(string sectionId) => "section-" + sectionId;
}
