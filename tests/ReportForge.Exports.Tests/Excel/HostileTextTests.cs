using System.Text.RegularExpressions;
using ClosedXML.Excel;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Tests.Excel;

public sealed class HostileTextTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"click\")")]
    public void Render_StoresFormulaLikeText_AsText(string ask)
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content(thirdAsk: ask));

        var cell = file.Matrix.Cell(4, MatrixColumns.Recommendation);
        Assert.Equal(ask, cell.GetString());
        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.True(cell.Style.IncludeQuotePrefix);

        var xml = file.SheetXml(MatrixSheet.Name);
        var raw = Regex.Match(xml, "<x:c r=\"C4\"[^>]*>.*?</x:c>").Value;
        Assert.Contains("t=\"s\"", raw, StringComparison.Ordinal);
        Assert.DoesNotMatch("<x:f[ >]", raw);
        var sheetData = Regex.Match(xml, "<x:sheetData>.*</x:sheetData>").Value;
        Assert.DoesNotMatch("<x:f[ >]", sheetData);
    }

    [Fact]
    public void Render_LeavesOrdinaryText_WithoutTheQuotePrefix()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.False(file.Matrix.Cell(2, MatrixColumns.Recommendation).Style.IncludeQuotePrefix);
    }

    [Fact]
    public void Render_StripsXmlInvalidCharacters()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content(thirdAsk: "Stop\u0001 torture\u000B now\uFFFE."));

        Assert.Equal("Stop torture now.", file.Matrix.Cell(4, MatrixColumns.Recommendation).GetString());
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Render_EscapesAmpersands_InPageHeaders()
    {
        var profile = Core.Tailoring.BriefProfile.Full with { Title = "Justice & &P detention" };
        using var file = ExcelRendered.Of(ExcelTestContent.Content(profile));

        var header = file.Matrix.PageSetup.Header.Left.GetText(XLHFOccurrence.OddPages);
        Assert.Contains("Justice && &&P detention", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+44 20", true)]
    [InlineData("-", true)]
    [InlineData("@x", true)]
    [InlineData("Ratify", false)]
    [InlineData("", false)]
    public void LooksLikeFormula_SpotsTheCharactersThatStartAFormula(string text, bool expected) =>
        Assert.Equal(expected, CellText.LooksLikeFormula(text));
}
