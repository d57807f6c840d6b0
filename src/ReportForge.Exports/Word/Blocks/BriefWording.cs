using System.Globalization;
using System.Text.RegularExpressions;
using ReportForge.Core.Model;
using ReportForge.Exports.Cover;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>The sentences and labels a brief is worded with.</summary>
internal static partial class BriefWording
{
    /// <summary>"Summary of stakeholders' information (A/HRC/WG.6/7/KAZ/3), ¶ 17, fn 37; see JS6's submission, para. 7.2.2." (", p. 4" from a PDF source).</summary>
    public static string Citation(Summary summary, int paragraph, IReadOnlyList<int> footnotes, IReadOnlyList<SubmissionPointer> pointers)
    {
        var symbol = string.IsNullOrWhiteSpace(summary.Document.Symbol) ? "" : $" ({summary.Document.Symbol})";
        return $"{BriefCover.SummaryName}{symbol}, {summary.Cite(paragraph, footnotes)}{string.Concat(pointers.Select(p => "; " + p))}.";
    }

    /// <summary>
    /// "Amnesty International (AI)"; "Joint submission 1 (JS1)" for the template's joint-submission
    /// codes, whose members only the summary's endnotes list; else the code alone.
    /// </summary>
    public static string StakeholderName(Summary summary, string code)
    {
        var name = summary.Stakeholder(code)?.Name;
        if (!string.IsNullOrWhiteSpace(name) && name != code) return $"{name} ({code})";
        var joint = JointSubmission().Match(code);
        return joint.Success ? $"Joint submission {joint.Groups[1].Value} ({code})" : code;
    }

    /// <summary>The text as a sentence: closing full stop added when it has none.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')'
            ? trimmed
            : trimmed + ".";
    }

    /// <summary>The ask as a sentence: capital first letter, closing full stop.</summary>
    public static string Ask(Recommendation recommendation)
    {
        var text = recommendation.Text.Trim();
        if (text.Length == 0) return text;
        return Sentence(char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..]);
    }

    /// <summary>"10–14" or "10, 12": the summary paragraphs a theme draws on.</summary>
    public static string Paragraphs(IEnumerable<int> numbers) => Citations.Footnotes(numbers.ToList());

    /// <summary>"the Human Rights Council" when the ask is not addressed to the country under review.</summary>
    public static string? OtherAddressee(Recommendation recommendation, string country) =>
        string.IsNullOrWhiteSpace(recommendation.Target) ||
        string.Equals(recommendation.Target, country, StringComparison.OrdinalIgnoreCase)
            ? null
            : recommendation.Target;

    [GeneratedRegex(@"^JS\s?(\d+)$")]
    private static partial Regex JointSubmission();
}
