using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>
/// Spec keys about what a PDF shows (its pages and type) and about agreeing with the text route:
/// <list type="bullet">
/// <item>"same as text: slovenia-2014 | except 5": every paragraph's text and footnote numbers equal the text spec's parse;</item>
/// <item>"printed heading: Equality and non-discrimination | italic | 9": a whole line in that style, and the paragraph printed under it;</item>
/// <item>"paragraph 13 page: 3": the page a paragraph starts on;</item>
/// <item>"raised markers: 1-144": the numbers the reader saw raised above the body's lines, in reading order.</item>
/// </list>
/// </summary>
internal static class PdfSpecKeys
{
    public static bool TryCheck(SpecInput input, Summary summary, string key, string value, string folder)
    {
        var words = key.Split(' ');
        switch (key)
        {
            case "same as text":
                SameAsText(summary, value, folder);
                return true;
            case "printed heading":
                PrintedHeading(input, value);
                return true;
            case "raised markers":
                var range = value.Split('-').Select(Int).ToArray();
                Assert.Equal(Enumerable.Range(range[0], range[1] - range[0] + 1), BodyMarkers(input));
                return true;
        }
        if (words is ["paragraph", _, "page"])
        {
            Assert.Equal(Int(value), summary.Paragraph(Int(words[1]))!.Page);
            return true;
        }
        return false;
    }

    /// <summary>"slovenia-2019 | except 5": paragraphs the text route gets wrong are checked by their own keys.</summary>
    private static void SameAsText(Summary summary, string value, string folder)
    {
        var parts = value.Split(" | except ");
        var textSpec = parts[0];
        var except = parts.Length > 1 ? parts[1].Split(", ").Select(Int).ToHashSet() : [];
        var text = SpecInput.Read(Path.Combine(folder, textSpec + ".input.txt"), textSpec + ".txt").Parse();
        Assert.Equal(text.Paragraphs.Count, summary.Paragraphs.Count);
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            var (expected, actual) = (text.Paragraphs[i], summary.Paragraphs[i]);
            Assert.Equal(expected.Number, actual.Number);
            if (except.Contains(actual.Number)) continue;
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.FootnoteNumbers, actual.FootnoteNumbers);
        }
    }

    /// <summary>"Women | italic | 40": the line as printed (its marker aside), its style, the next paragraph's number.</summary>
    private static void PrintedHeading(SpecInput input, string value)
    {
        var parts = value.Split(" | ");
        var (title, style, paragraph) = (parts[0], Enum.Parse<LineStyle>(parts[1], ignoreCase: true), Int(parts[2]));
        var lines = input.Lines;
        var at = -1;
        for (var i = 0; i < lines.Count && at < 0; i++)
            if (lines[i].Cues.Style == style && StyledRun(lines, i) == title) at = i;
        Assert.True(at >= 0, $"no {style} line '{title}'");
        var next = lines.Skip(at + 1).First(l => HeadingSyntax.TryNumbered(l.Text, out _, out _, out _) && !l.Cues.Style.HasFlag(LineStyle.Bold));
        Assert.True(HeadingSyntax.TryNumbered(next.Text, out var number, out _, out _));
        Assert.Equal(paragraph, number);
    }

    /// <summary>A heading as printed: the line and the lines right after it in the same style and size.</summary>
    private static string StyledRun(IReadOnlyList<SourceLine> lines, int first)
    {
        var text = WithoutMarkers(lines[first]);
        for (var k = first + 1; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.IsBlank || line.Cues.Style != lines[first].Cues.Style || line.Cues.FontSize != lines[first].Cues.FontSize) break;
            text += " " + WithoutMarkers(line);
        }
        return text;
    }

    private static string WithoutMarkers(SourceLine line)
    {
        var text = line.Text;
        foreach (var r in line.Cues.Raised.Reverse())
        {
            var (offset, length) = r.GetOffsetAndLength(text.Length);
            text = text.Remove(offset, length);
        }
        return text;
    }

    /// <summary>Raised digits on lines in body type or larger, before the endnotes (whose own numbers are in smaller type).</summary>
    private static List<int> BodyMarkers(SpecInput input)
    {
        var body = input.Lines.Where(l => l.Cues.FontSize > 0).GroupBy(l => l.Cues.FontSize).MaxBy(g => g.Count())!.Key;
        var endnotes = input.Lines.ToList().FindIndex(l => l.Text == "Notes");
        return input.Lines.Take(endnotes).Where(l => l.Cues.FontSize >= body)
            .SelectMany(l => l.Cues.Raised.Select(r => Int(l.Text[r])))
            .ToList();
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
