using ReportForge.Core.Tailoring;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>The document information viewers and search tools read: title, author, subject, keywords, language.</summary>
internal static class BriefMetadata
{
    public static void Fill(DocumentMetadata metadata, BriefContent content)
    {
        var summary = content.Summary;
        metadata.Title = $"{content.Profile.Title}: {summary.Country}";
        metadata.Author = "ReportForge";
        metadata.Subject = $"Universal Periodic Review of {summary.Country}: what stakeholders reported" +
                           (summary.Document.Symbol is { Length: > 0 } symbol ? $" ({symbol})" : "");
        var keywords = new List<string> { "Universal Periodic Review", "UPR", summary.Country, "stakeholders", "recommendations" };
        if (summary.Document.Symbol is { Length: > 0 } s) keywords.Add(s);
        keywords.AddRange(content.Themes.Select(t => t.Section.Title));
        metadata.Keywords = string.Join(", ", keywords.Select(k => k.Replace(",", "", StringComparison.Ordinal)));
        metadata.Creator = "ReportForge";
        metadata.Language = "en";
    }
}
