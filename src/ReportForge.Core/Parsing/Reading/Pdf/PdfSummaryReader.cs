using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using ReportForge.Core.Parsing.Syntax;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Fonts.SystemFonts;
using UglyToad.PdfPig.PdfFonts;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Reads an official summary PDF into the lines the parser takes, with what only the PDF knows recorded
/// on each line: its page, whether the whole line is bold or italic, its type size, and which digits
/// are raised footnote markers. Page furniture is dropped by position; blank lines stand where the page
/// leaves vertical space, as in the text route.
/// </summary>
internal static class PdfSummaryReader
{
    /// <summary>
    /// The first document a process opens makes PdfPig read the metrics of its 14 standard fonts (a static
    /// constructor, about a fifth of a cold <c>parse FILE.pdf</c>). Called on another thread, that work
    /// overlaps with reading the file's structure instead of stopping it.
    /// </summary>
    public static void Prepare() => RuntimeHelpers.RunClassConstructor(typeof(SystemFontFinder).TypeHandle);

    public static List<SourceLine> Read(byte[] bytes, string file)
    {
        using var document = PdfOpening.Open(bytes, file);
        var lines = new List<SourceLine>(document.NumberOfPages * 60);
        var fonts = new FontStyles();
        var glyphs = ArrayPool<Glyph>.Shared.Rent(4096);
        using var sorter = new GlyphSorter();
        var text = new StringBuilder(256);
        var letters = 0;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            Page page;
            try
            {
                page = document.GetPage(number);
                var count = ReadGlyphs(page, fonts, ref glyphs, out var barcodeRows);
                letters += count;
                AddPage(lines, PageRows.Group(glyphs, count, sorter), page.Height, number, barcodeRows, text);
            }
            catch (Exception e) when (e is not InputException && PdfOpening.IsDamage(e))
            {
                throw new InputException(file, number, 0, 0, $"the page is damaged and cannot be read ({e.Message.TrimEnd('.')})", e) ;
            }
        }
        ArrayPool<Glyph>.Shared.Return(glyphs, clearArray: true);
        if (letters == 0)
            throw new InputException(file, "is a PDF without text (a scanned image?); give the official PDF from the UN documents system, or the text");
        EndnoteHeading.Ensure(lines);
        return lines;
    }

    /// <summary>Copies the letters of <paramref name="page"/> into <paramref name="glyphs"/> (one buffer for every page); returns how many.</summary>
    private static int ReadGlyphs(Page page, FontStyles fonts, ref Glyph[] glyphs, out HashSet<double> barcodeRows)
    {
        barcodeRows = [];
        var letters = page.Letters;
        if (glyphs.Length < letters.Count)
        {
            ArrayPool<Glyph>.Shared.Return(glyphs, clearArray: true);
            glyphs = ArrayPool<Glyph>.Shared.Rent(letters.Count);
        }
        var count = 0;
        // Letters in a run share one font object: its style is looked up when the font changes, not per letter.
        FontDetails? font = null;
        var fontRead = false;
        var style = LineStyle.Regular;
        var barcode = false;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0) continue;
            var start = letter.StartBaseLine;
            if (!fontRead || !ReferenceEquals(letter.FontDetails, font))
            {
                font = letter.FontDetails;
                fontRead = true;
                barcode = FontStyles.IsBarcode(font?.Name);
                style = barcode ? LineStyle.Regular : fonts.Of(font?.Name, font?.IsBold ?? false, font?.IsItalic ?? false);
            }
            if (barcode)
            {
                barcodeRows.Add(Math.Round(start.Y));
                continue;
            }
            glyphs[count] = new Glyph(letter.Value, start.X, letter.EndBaseLine.X, start.Y, letter.PointSize, style, count);
            count++;
        }
        return count;
    }

    private static void AddPage(List<SourceLine> lines, List<GlyphRow> rows, double height, int page, HashSet<double> barcodeRows, StringBuilder text)
    {
        // A page break reads as a blank line, as the text route has it.
        if (lines.Count > 0 && !lines[^1].IsBlank) lines.Add(Blank(lines, page));
        GlyphRow? previous = null;
        var coverNote = 0.0;
        foreach (var row in rows)
        {
            var line = RowText.Write(row, text);
            var barcode = barcodeRows.Contains(Math.Round(row.Baseline));
            if (FurnitureBands.IsFurniture(line, row.Baseline, height, page, barcode)) continue;
            if (coverNote > 0 && line.Size <= coverNote) continue;
            if (page == 1 && previous is not null && CoverNote.Starts(line, previous.BodySize, row.Baseline, height))
            {
                coverNote = line.Size;
                continue;
            }
            if (previous is not null && previous.Baseline - row.Baseline > Math.Max(previous.BodySize, row.BodySize) * 2.0
                && !lines[^1].IsBlank)
                lines.Add(Blank(lines, page));
            var trimmed = line.Text.TrimEnd();
            var cues = new LineCues(page, line.Style, line.Size, line.Raised);
            lines.Add(new SourceLine(lines.Count + 1, Column(line.Left), trimmed) { Cues = cues });
            previous = row;
        }
    }

    private static SourceLine Blank(List<SourceLine> lines, int page) =>
        new(lines.Count + 1, 1, "") { Cues = new LineCues(page, LineStyle.Regular, 0, []) };

    /// <summary>A character column from the left margin (about 57 pt on A4 UN documents), at 5 pt a character.</summary>
    private static int Column(double left) => Math.Max(1, 1 + (int)Math.Round((left - 56.6) / 5));
}
