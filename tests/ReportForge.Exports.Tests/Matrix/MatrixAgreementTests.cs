using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Matrix;
using ReportForge.Exports.Pdf.Matrix;
using ReportForge.Exports.Tests.Excel;
using ReportForge.Exports.Tests.StateBrief;
using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Matrix;

/// <summary>The workbook and the printed matrix, both read back, say the same thing in the columns they share.</summary>
public sealed class MatrixAgreementTests(SloveniaExport slovenia) : IClassFixture<SloveniaExport>
{
    public static TheoryData<string> Profiles => new(SampleBriefs.Templates.Profiles.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void PrintedMatrix_HasTheWorkbooksHeadersAndCells_InTheColumnsItKeeps(string profile)
    {
        var content = SampleBriefs.Content(profile);

        using var workbook = ExcelRendered.Of(content);
        AssertAgree(workbook.Workbook, Pdf(content), content.Summary.Country);
    }

    [Fact]
    public void PrintedMatrix_NotesTheTargetAndEarlierRecommendations_ThatTheWorkbookHasInColumns()
    {
        using var workbook = new XLWorkbook(slovenia.File("full/matrix.xlsx"));
        var rows = AssertAgree(workbook, File.ReadAllBytes(slovenia.File("full/matrix.pdf")), "Slovenia");

        Assert.Contains(rows, r => r.Earlier.Length > 0);
    }

    [Fact]
    public void PrintedColumns_AreAPartOfTheWorkbooksColumns_InTheSameOrder()
    {
        var printed = MatrixColumns.Printed.Select(c => MatrixColumns.All.ToList().IndexOf(c)).ToList();

        Assert.DoesNotContain(-1, printed);
        Assert.Equal(printed.Order(), printed);
        Assert.True(printed.Count < MatrixColumns.All.Count);
    }

    private sealed record SharedRow(int Number, string Earlier);

    /// <summary>Checks every printed row against the workbook's row of the same number; returns what the workbook said.</summary>
    private static List<SharedRow> AssertAgree(XLWorkbook workbook, byte[] pdf, string country)
    {
        var sheet = workbook.Worksheet(MatrixSheet.Name);
        var printed = PrintedMatrix.Read(pdf);
        var columnOf = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber, StringComparer.Ordinal);

        Assert.Equal(MatrixColumns.Printed.Select(c => c.Header), printed.Headers);
        Assert.All(printed.Headers, h => Assert.True(columnOf.ContainsKey(h), $"'{h}' is not a workbook column"));

        var dataRows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(dataRows.Count, printed.Rows.Count);
        var shared = new List<SharedRow>();
        foreach (var row in dataRows)
        {
            string Cell(string header) => columnOf.TryGetValue(header, out var c) ? row.Cell(c).GetString() : "";
            var number = row.Cell(columnOf["#"]).GetValue<int>();
            Assert.True(printed.Rows.TryGetValue(number, out var cells), $"row {number} is not printed");
            for (var c = 0; c < printed.Headers.Count; c++)
            {
                var header = printed.Headers[c];
                var expected = header == "Recommendation" ? PrintedAsk(Cell(header), Cell("Target"), country, Cell("Recommended before by")) : Cell(header);
                Assert.True(Letters(expected) == Letters(cells[c]), $"row {number}, {header}: workbook '{expected}', printed '{cells[c]}'");
            }
            shared.Add(new SharedRow(number, Cell("Recommended before by")));
        }
        return shared;
    }

    /// <summary>The printed ask carries the workbook's target (when not the country) and earlier recommendations as notes.</summary>
    private static string PrintedAsk(string ask, string target, string country, string earlier) =>
        ask
        + (target == country ? "" : $" (to {target})")
        + (earlier.Length == 0 ? "" : " Recommended before by: " + string.Join("; ", earlier.Split('\n')));

    /// <summary>Line breaks on paper fall where the column width puts them.</summary>
    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static byte[] Pdf(BriefContent content)
    {
        var renderer = new MatrixPdfRenderer(SampleBriefs.Templates);
        using var output = new MemoryStream();
        renderer.Render(renderer.Plan(content).Single(), content, output, CancellationToken.None);
        return output.ToArray();
    }
}
