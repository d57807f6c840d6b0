using System.Globalization;
using System.Text.RegularExpressions;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>The words a brief prints about its content: numbered headings, the review, counts, names.</summary>
internal static partial class BriefText
{
    /// <summary>"II.B.2" and its title → "2. Right to life, liberty and security of the person".</summary>
    public static string NumberedTitle(Section section)
    {
        // From 2017 a theme is a title line without a number: print it as the document does.
        if (section.Level == SectionLevel.Titled) return section.Title;
        var number = section.Id[(section.Id.LastIndexOf('.') + 1)..];
        return $"{number}. {section.Title}";
    }

    /// <summary>"JS1", "AI, JS1".</summary>
    public static string Codes(IEnumerable<string> codes) => string.Join(", ", codes);

    /// <summary>The full name; for joint submissions the template leaves unnamed, "Joint submission 1".</summary>
    public static string FullName(Stakeholder stakeholder)
    {
        if (stakeholder.Name is { Length: > 0 } name) return name;
        var joint = JointSubmission().Match(stakeholder.Abbreviation);
        return joint.Success ? "Joint submission " + joint.Groups[1].Value : stakeholder.Abbreviation;
    }

    /// <summary>"1 recommendation", "45 recommendations".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    /// <summary>"¶ 12–14, 17" for a set of paragraph numbers.</summary>
    public static string Paragraphs(IEnumerable<int> numbers)
    {
        var list = numbers.Distinct().Order().ToList();
        return list.Count == 0 ? "" : "¶ " + Citations.Footnotes(list);
    }

    /// <summary>"35, 36" for superscript footnote markers.</summary>
    public static string FootnoteMarks(IReadOnlyList<int> footnotes) =>
        string.Join(",", footnotes.Distinct().Order().Select(f => f.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The affected groups' labels, "Children, Women".</summary>
    public static string Groups(BriefContent content, IEnumerable<string> ids) => string.Join(", ", ids.Select(content.GroupLabel));

    [GeneratedRegex(@"^JS\s*(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubmission();
}
