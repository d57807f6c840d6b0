using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class PrintSetupTests
{
    public static TheoryData<string> SheetNames => new()
    {
        MatrixSheet.Name, ThemeStakeholderSheet.Name, StakeholdersSheet.Name, AboutSheet.Name,
    };

    [Theory]
    [MemberData(nameof(SheetNames))]
    public void Render_SetsUpEverySheet_ForLandscapePrintingOnePageWide(string sheetName)
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var setup = file.Workbook.Worksheet(sheetName).PageSetup;

        Assert.Equal(XLPaperSize.A4Paper, setup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, setup.PageOrientation);
        Assert.Equal(1, setup.PagesWide);
        Assert.Equal(0, setup.PagesTall);
        Assert.Single(setup.PrintAreas);
        Assert.Equal(0.25, setup.Margins.Left);
        Assert.Equal(0.25, setup.Margins.Right);
        Assert.Contains("Kazakhstan – recommendation matrix", setup.Header.Left.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
        Assert.Equal("Page &P of &N", setup.Footer.Right.GetText(XLHFOccurrence.OddPages));
        Assert.Contains("A/HRC/WG.6/7/KAZ/3", setup.Footer.Left.GetText(XLHFOccurrence.OddPages), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RepeatsTheHeaderRow_AndPrintsGridlines_OnTheMatrix()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var setup = file.Matrix.PageSetup;

        Assert.Equal(1, setup.FirstRowToRepeatAtTop);
        Assert.Equal(1, setup.LastRowToRepeatAtTop);
        Assert.True(setup.ShowGridlines);
        Assert.Equal("A1:O5", setup.PrintAreas.Single().RangeAddress.ToString(ClosedXML.Excel.XLReferenceStyle.A1, includeSheet: false).Replace("$", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_WritesPrintTitlesAndFitToPage_IntoThePackage()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        using var document = file.OpenPackage();

        var names = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>()
            .Select(n => (n.Name!.Value, n.Text)).ToList();
        Assert.Contains(("_xlnm.Print_Titles", "Matrix!1:1"), names);
        Assert.Contains(("_xlnm.Print_Area", "Matrix!$A$1:$O$5"), names);

        var xml = file.SheetXml(MatrixSheet.Name);
        Assert.Contains("<x:pageSetUpPr fitToPage=\"1\" />", xml, StringComparison.Ordinal);
        Assert.Contains("fitToHeight=\"0\"", xml, StringComparison.Ordinal);
        Assert.Contains("orientation=\"landscape\"", xml, StringComparison.Ordinal);
        Assert.Contains("gridLines=\"1\"", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PaperSize.A3, XLPaperSize.A3Paper)]
    [InlineData(PaperSize.Letter, XLPaperSize.LetterPaper)]
    public void Render_UsesTheProfilesPaper(PaperSize paper, XLPaperSize expected)
    {
        var profile = BriefProfile.Full with { Paper = paper };
        using var file = ExcelRendered.Of(ExcelTestContent.Content(profile));

        Assert.All(file.Workbook.Worksheets, sheet => Assert.Equal(expected, sheet.PageSetup.PaperSize));
    }
}
