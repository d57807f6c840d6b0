using System.Text;
using System.Text.RegularExpressions;
using ReportForge.Core.Tailoring;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>A brief rendered into memory, with its text read back by PdfPig.</summary>
internal sealed partial class RenderedBrief(BriefContent content, byte[] bytes, int reportedPages)
{
    private readonly Lazy<IReadOnlyList<string>> _pages = new(() => ReadPages(bytes));

    public BriefContent Content { get; } = content;
    public byte[] Bytes { get; } = bytes;
    public int ReportedPages { get; } = reportedPages;

    /// <summary>The text of each page (index 0 is page 1), words separated by single spaces.</summary>
    public IReadOnlyList<string> Pages => _pages.Value;

    /// <summary>All pages' text normalised for phrase matching.</summary>
    public string NormalisedText => Normalise(string.Join(" ", Pages));

    public PdfDocument Open() => PdfDocument.Open(Bytes);

    /// <summary>
    /// Lower case, dashes and quotes made plain, whitespace collapsed, and a hyphen that ended a line
    /// joined to the next word ("inter- national" → "inter-national" and "international" both match).
    /// </summary>
    public static string Normalise(string text)
    {
        var plain = text
            .Replace('–', '-').Replace('—', '-').Replace('‑', '-').Replace('\u00AD', '-')
            .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'')
            .ToLowerInvariant();
        plain = Whitespace().Replace(plain, " ");
        return LineEndHyphen().Replace(plain, "-");
    }

    /// <summary>True when <paramref name="phrase"/> occurs, allowing for words split at a line-end hyphen.</summary>
    public bool Contains(string phrase)
    {
        var text = NormalisedText;
        var wanted = Normalise(phrase);
        return text.Contains(wanted, StringComparison.Ordinal) ||
               text.Replace("-", "", StringComparison.Ordinal).Contains(wanted.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static List<string> ReadPages(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return document.GetPages().Select(PageText).ToList();
    }

    /// <summary>
    /// The page's words in drawing order (so a table cell's lines stay together), without superscript
    /// footnote markers, which would otherwise split the sentences they follow.
    /// </summary>
    private static string PageText(Page page)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters.Where(l => l.PointSize >= SmallestText && !string.IsNullOrWhiteSpace(l.Value)))
        {
            if (previous is not null && StartsWord(previous, letter))
                text.Append(' ');
            text.Append(letter.Value);
            previous = letter;
        }
        return text.ToString();
    }

    /// <summary>Superscripts are drawn at about 6 pt; the smallest other text at 7 pt.</summary>
    private const double SmallestText = 6.5;

    private static bool StartsWord(Letter previous, Letter next)
    {
        var sameLine = Math.Abs(previous.StartBaseLine.Y - next.StartBaseLine.Y) < 0.5;
        var gap = next.StartBaseLine.X - previous.EndBaseLine.X;
        return !sameLine || gap > previous.PointSize * 0.15 || gap < -previous.PointSize;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"-\s")]
    private static partial Regex LineEndHyphen();
}
