using System.Globalization;
using ReportForge.Core.Model;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>The sentences and labels a brief is worded with.</summary>
internal static class BriefWording
{
    public const string SummaryName = "Summary of stakeholders' information";
    public const string Review = "Universal Periodic Review";

    /// <summary>"Summary of stakeholders' information (A/HRC/WG.6/7/KAZ/3), ¶ 17, fn 37."</summary>
    public static string Citation(DocumentInfo document, int paragraph, IReadOnlyList<int> footnotes)
    {
        var symbol = string.IsNullOrWhiteSpace(document.Symbol) ? "" : $" ({document.Symbol})";
        return $"{SummaryName}{symbol}, {Citations.Format(paragraph, footnotes)}.";
    }

    /// <summary>"Amnesty International (AI)", or the code alone when no name is known.</summary>
    public static string StakeholderName(Summary summary, string code)
    {
        var name = summary.Stakeholder(code)?.Name;
        return string.IsNullOrWhiteSpace(name) || name == code ? code : $"{name} ({code})";
    }

    /// <summary>The ask as a sentence: capital first letter, closing full stop.</summary>
    public static string Ask(Recommendation recommendation)
    {
        var text = recommendation.Text.Trim();
        if (text.Length == 0) return text;
        text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        return text[^1] is '.' or '!' or '?' ? text : text + ".";
    }

    /// <summary>"10–14" or "10, 12": the summary paragraphs a theme draws on.</summary>
    public static string Paragraphs(IEnumerable<int> numbers) => Citations.Footnotes(numbers.ToList());

    /// <summary>"the Human Rights Council" when the ask is not addressed to the country under review.</summary>
    public static string? OtherAddressee(Recommendation recommendation, string country) =>
        string.IsNullOrWhiteSpace(recommendation.Target) ||
        string.Equals(recommendation.Target, country, StringComparison.OrdinalIgnoreCase)
            ? null
            : recommendation.Target;
}
