using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace ReportForge.Exports.Tests.Matrix;

/// <summary>
/// The printed matrix read back from its PDF by where the words stand: the header cells give the
/// columns, a number in the first column starts a row, and anything else starting in the first
/// column (a theme band, the stakeholder key, the footer) ends it.
/// </summary>
internal sealed class PrintedMatrix
{
    /// <summary>Between two header cells there is at least both cells' padding; between two words, a space.</summary>
    private const double CellGap = 4.5;

    private PrintedMatrix(IReadOnlyList<string> headers, IReadOnlyDictionary<int, string[]> rows)
    {
        Headers = headers;
        Rows = rows;
    }

    /// <summary>The header cells of the first page, left to right.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Each row's cells by its number, words joined by single spaces.</summary>
    public IReadOnlyDictionary<int, string[]> Rows { get; }

    public static PrintedMatrix Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        IReadOnlyList<string>? headers = null;
        var rows = new Dictionary<int, string[]>();
        foreach (var page in document.GetPages())
        {
            // The stakeholder key may run onto a page of its own, after the table.
            if (ReadPage(page) is not { } read) continue;
            var (pageHeaders, pageRows) = read;
            headers ??= pageHeaders;
            Assert.Equal(headers, pageHeaders);
            foreach (var (number, cells) in pageRows) Assert.True(rows.TryAdd(number, cells), $"row {number} printed twice");
        }
        Assert.NotNull(headers);
        return new PrintedMatrix(headers, rows);
    }

    private static (IReadOnlyList<string>, List<(int, string[])>)? ReadPage(Page page)
    {
        var lines = page.GetWords()
            .GroupBy(w => Math.Round(Baseline(w), 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())
            .ToList();
        var headerLine = lines.FindIndex(l => l[0].Text == "#");
        if (headerLine < 0) return null;
        var lefts = CellStarts(lines[headerLine]);

        var header = NewCells(lefts.Count);
        var rows = new List<(int, string[])>();
        List<string>?[]? row = null;
        var number = 0;
        var inHeader = true;
        foreach (var line in lines.Skip(headerLine))
        {
            var startsInFirstColumn = line != lines[headerLine] && ColumnOf(line[0], lefts) == 0;
            if (startsInFirstColumn)
            {
                inHeader = false;
                if (row is not null) rows.Add((number, Texts(row)));
                row = int.TryParse(line[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out number) ? NewCells(lefts.Count) : null;
            }
            var target = inHeader ? header : row;
            if (target is null) continue;
            foreach (var word in line)
                (target[ColumnOf(word, lefts)] ??= []).Add(word.Text);
        }
        if (row is not null) rows.Add((number, Texts(row)));
        return (Texts(header), rows);
    }

    private static double Baseline(PdfWord word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>Where each header cell's text starts: a gap wider than a space separates two cells.</summary>
    private static List<double> CellStarts(List<PdfWord> headerLine)
    {
        var starts = new List<double> { headerLine[0].BoundingBox.Left };
        for (var i = 1; i < headerLine.Count; i++)
        {
            if (headerLine[i].BoundingBox.Left - headerLine[i - 1].BoundingBox.Right > CellGap)
                starts.Add(headerLine[i].BoundingBox.Left);
        }
        return starts;
    }

    private static int ColumnOf(PdfWord word, List<double> starts)
    {
        var column = 0;
        while (column + 1 < starts.Count && starts[column + 1] <= word.BoundingBox.Left + 0.5) column++;
        return column;
    }

    private static List<string>?[] NewCells(int count) => new List<string>?[count];

    private static string[] Texts(List<string>?[] cells) => cells.Select(c => c is null ? "" : string.Join(' ', c)).ToArray();
}
