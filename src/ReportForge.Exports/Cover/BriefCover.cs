using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Cover;

/// <summary>
/// What a brief opens with, whichever format draws it: the PDF brief's cover page and the Word brief's
/// title block read the same facts from here. Each fact degrades gracefully: a summary without a cover
/// page has no session, symbol or date, and a profile without an audience names none.
/// </summary>
internal sealed record BriefCover(string Country, string BriefTitle, string? PreparedFor, DocumentInfo Document, string SourceFile)
{
    public const string Review = "Universal Periodic Review";
    public const string SummaryName = "Summary of stakeholders' information";

    public static BriefCover Of(BriefContent content) => new(
        content.Summary.Country,
        content.Profile.Title,
        string.IsNullOrWhiteSpace(content.Profile.Audience) ? null : content.Profile.Audience,
        content.Summary.Document,
        content.Source.FileName);

    /// <summary>"Working Group on the UPR, seventh session  ·  A/HRC/WG.6/7/KAZ/3  ·  30 November 2009", from what the summary's cover says.</summary>
    public string? ReviewLine
    {
        get
        {
            var parts = new[] { SessionLabel(Document.Session), Document.Symbol, Document.Date }
                .Where(p => !string.IsNullOrWhiteSpace(p))
                .ToList();
            return parts.Count == 0 ? null : string.Join("  ·  ", parts);
        }
    }

    /// <summary>"kazakhstan-2010.txt (A/HRC/WG.6/7/KAZ/3)".</summary>
    public string SourceName => Document.Symbol is { Length: > 0 } symbol ? $"{SourceFile} ({symbol})" : SourceFile;

    private static string? SessionLabel(string? session) =>
        string.IsNullOrWhiteSpace(session) ? null
        : session.Contains("Working Group", StringComparison.OrdinalIgnoreCase) ? session
        : $"Working Group on the UPR, {char.ToLowerInvariant(session[0])}{session[1..]}";
}
