using System.Globalization;
using System.Text;
using ReportForge.Core.Model;

namespace ReportForge.Core.Synthesis;

/// <summary>
/// Writes a summary back out in the OHCHR text layout the parser reads: part headings in capitals,
/// lettered and numbered headings, numbered paragraphs with footnote markers glued to the text,
/// lines wrapped near 100 characters, "N/A" under empty sections.
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

    public static string Write(IReadOnlyList<Section> sections, IReadOnlyList<Block> paragraphs)
    {
        var text = new StringBuilder();
        var paragraphNumber = 0;
        var footnote = 0;
        foreach (var section in sections)
        {
            text.Append(Heading(section)).Append('\n');
            var own = paragraphs.Where(p => p.SectionId == section.Id).ToList();
            var hasChildren = sections.Any(s => s.ParentId == section.Id);
            if (own.Count == 0 && !hasChildren) text.Append("N/A\n");
            foreach (var p in own)
            {
                var numbered = new StringBuilder();
                numbered.Append(++paragraphNumber).Append(". ");
                foreach (var c in p.MarkedText)
                {
                    if (c == Marker) numbered.Append((++footnote).ToString(CultureInfo.InvariantCulture));
                    else numbered.Append(c);
                }
                Wrap(numbered.ToString(), text);
            }
        }
        return text.ToString();
    }

    private static string Heading(Section s)
    {
        var number = s.Id[(s.Id.LastIndexOf('.') + 1)..];
        return s.Level == SectionLevel.Part ? $"{number}. {s.Title.ToUpperInvariant()}" : $"{number}. {s.Title}";
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
