using System.Globalization;
using System.Text;
using ReportForge.Core.Model;

namespace ReportForge.Core.Synthesis;

/// <summary>How a written summary is laid out.</summary>
public enum SummaryShape
{
    /// <summary>The 2008–2012 template: capitals for parts, numbered themes, lines wrapped near 100 characters.</summary>
    FirstCycle,
    /// <summary>
    /// 2017 on, as a plain extractor gives it: themes as unnumbered title lines, one paragraph per line,
    /// every fifth paragraph run together onto the line before.
    /// </summary>
    LaterCycle,
}

/// <summary>
/// Writes a summary back out in a text layout the parser reads: part headings in capitals,
/// lettered and numbered headings, numbered paragraphs with footnote markers glued to the text,
/// lines wrapped near 100 characters, "N/A" under empty sections; or the later-cycle layout.
/// </summary>
public static class SummaryWriter
{
    private const int LineWidth = 100;

    /// <summary>A paragraph to write: its section and its text with markers as <see cref="Marker"/> placeholders.</summary>
    public sealed record Block(string SectionId, string MarkedText);

    /// <summary>Where a footnote marker goes; numbered in reading order when written.</summary>
    public const char Marker = '\u2063';

    /// <summary>The paragraph's text with a <see cref="Marker"/> wherever a footnote marker stood.</summary>
    public static string MarkedText(Paragraph paragraph)
    {
        var sb = new StringBuilder(paragraph.Text);
        foreach (var f in paragraph.Footnotes.OrderByDescending(f => f.Offset))
            sb.Insert(Math.Clamp(f.Offset, 0, sb.Length), Marker);
        return sb.ToString();
    }

    public static string Write(IReadOnlyList<Section> sections, IReadOnlyList<Block> paragraphs, SummaryShape shape = SummaryShape.FirstCycle)
    {
        var text = new StringBuilder();
        var paragraphNumber = 0;
        var footnote = 0;
        var later = shape == SummaryShape.LaterCycle;
        foreach (var section in sections)
        {
            text.Append(Heading(section, later)).Append('\n');
            var own = paragraphs.Where(p => p.SectionId == section.Id).ToList();
            var hasChildren = sections.Any(s => s.ParentId == section.Id);
            if (own.Count == 0 && !hasChildren && !later) text.Append("N/A\n");
            for (var k = 0; k < own.Count; k++)
            {
                var numbered = new StringBuilder();
                numbered.Append(++paragraphNumber).Append(". ");
                foreach (var c in own[k].MarkedText)
                {
                    if (c == Marker) numbered.Append((++footnote).ToString(CultureInfo.InvariantCulture));
                    else numbered.Append(c);
                }
                if (!later) Wrap(numbered.ToString(), text);
                else if (k > 0 && paragraphNumber % 5 == 0) text.Length--; // "…Institutions.3 3. The Ombudsman…"
                if (later) text.Append(k > 0 && paragraphNumber % 5 == 0 ? " " : "").Append(numbered).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Heading(Section s, bool later)
    {
        var number = s.Id[(s.Id.LastIndexOf('.') + 1)..];
        return s.Level switch
        {
            SectionLevel.Part when !later => $"{number}. {s.Title.ToUpperInvariant()}",
            // From 2017 themes are title lines without a number (italic in the PDF).
            SectionLevel.Numbered or SectionLevel.Titled when later => s.Title,
            SectionLevel.Titled => s.Title,
            _ => $"{number}. {s.Title}",
        };
    }

    /// <summary>Wraps at spaces, never starting a line with a digit so no line reads as a new paragraph.</summary>
    private static void Wrap(string paragraph, StringBuilder output)
    {
        var start = 0;
        while (paragraph.Length - start > LineWidth)
        {
            var cut = -1;
            for (var i = start + LineWidth; i > start + LineWidth / 2; i--)
            {
                if (paragraph[i] == ' ' && i + 1 < paragraph.Length && !char.IsDigit(paragraph[i + 1])) { cut = i; break; }
            }
            if (cut < 0) break;
            output.Append(paragraph, start, cut - start).Append('\n');
            start = cut + 1;
        }
        output.Append(paragraph, start, paragraph.Length - start).Append('\n');
    }
}
