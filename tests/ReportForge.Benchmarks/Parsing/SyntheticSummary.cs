using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// A large but well-formed summary made from the sample: section II.B (ten thematic subsections,
/// 44 paragraphs) repeated, with subsection, paragraph and footnote numbers running on as in a real
/// document, between the sample's own beginning and end.
/// </summary>
public static class SyntheticSummary
{
    public static string Build(string sample, int copies)
    {
        var summary = SummaryParser.Parse(sample, new ParseOptions());
        var lines = sample.Split('\n');
        var repeated = summary.Sections.Single(s => s.Id == "II.B");
        var after = summary.Sections.Single(s => s.Id == "III");
        var first = repeated.Line; // 1-based: the "1. Equality…" line follows the heading
        var last = after.Line - 1;
        var inside = summary.Paragraphs.Where(p => p.SectionId.StartsWith("II.B", StringComparison.Ordinal)).ToList();
        var paragraphStep = inside.Count;
        var footnoteStep = inside.Sum(p => p.Footnotes.Count);
        var subsectionStep = summary.Sections.Count(s => s.ParentId == "II.B");

        var output = new List<string>(lines.Take(first));
        for (var copy = 0; copy < copies; copy++)
            for (var line = first + 1; line <= last; line++)
                output.Add(Renumber(lines[line - 1], line, summary, copy * paragraphStep, copy * footnoteStep, copy * subsectionStep));
        var shift = (copies - 1) * paragraphStep;
        var footnoteShift = (copies - 1) * footnoteStep;
        for (var line = last + 1; line <= lines.Length; line++)
            output.Add(Renumber(lines[line - 1], line, summary, shift, footnoteShift, 0));
        return string.Join('\n', output);
    }

    private static string Renumber(string text, int line, Summary summary, int paragraphShift, int footnoteShift, int subsectionShift)
    {
        // Right to left, so earlier columns stay valid.
        var edits = summary.Paragraphs.SelectMany(p => p.Footnotes).Where(f => f.Line == line)
            .Select(f => (Column: f.Column, Old: f.Number, New: f.Number + footnoteShift))
            .ToList();
        if (summary.Paragraphs.FirstOrDefault(p => p.Line == line) is { } paragraph)
            edits.Add((FirstDigit(text), paragraph.Number, paragraph.Number + paragraphShift));
        if (summary.Sections.FirstOrDefault(s => s.Line == line && s.Level == SectionLevel.Numbered) is { } section)
        {
            var number = int.Parse(section.Id[(section.Id.LastIndexOf('.') + 1)..], CultureInfo.InvariantCulture);
            edits.Add((FirstDigit(text), number, number + subsectionShift));
        }
        foreach (var (column, old, replacement) in edits.OrderByDescending(e => e.Column))
        {
            var at = column - 1;
            var width = old.ToString(CultureInfo.InvariantCulture).Length;
            text = string.Concat(text.AsSpan(0, at), replacement.ToString(CultureInfo.InvariantCulture), text.AsSpan(at + width));
        }
        return text;
    }

    private static int FirstDigit(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsAsciiDigit(text[i])) i++;
        return i + 1;
    }
}
