using ClosedXML.Excel;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pipeline;

namespace ReportForge.Exports.Tests.Excel;

public sealed class ExcelMatrixRendererTests
{
    [Fact]
    public void Plan_MakesOneMatrixPerProfile()
    {
        var profile = BriefProfile.Full with { Name = "justice" };
        var plan = Assert.Single(new ExcelMatrixRenderer().Plan(ExcelTestContent.Content(profile)));

        Assert.Equal(new ArtifactPlan(ArtifactKind.ExcelMatrix, "justice/matrix.xlsx", "justice", null), plan);
    }

    [Fact]
    public void Catalog_IncludesTheMatrixRenderer() =>
        Assert.Contains(RendererCatalog.Create(PipelineFixtures.Templates), r => r is ExcelMatrixRenderer && r.Kind == ArtifactKind.ExcelMatrix);

    [Fact]
    public void Render_WritesAWorkbookTheOpenXmlValidatorAccepts()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Render_WritesTheSheetsInMeetingOrder()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.Equal([MatrixSheet.Name, ThemeStakeholderSheet.Name, StakeholdersSheet.Name, AboutSheet.Name],
            file.Workbook.Worksheets.Select(s => s.Name));
        Assert.True(file.Matrix.TabActive);
    }

    [Fact]
    public void Render_GivesTheSameCells_ForTheSameInputs()
    {
        using var first = ExcelRendered.Of(ExcelTestContent.Content());
        using var second = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.Equal(Cells(first), Cells(second));
    }

    [Fact]
    public void Render_GivesIdenticalBytes_ForTheSameInputs()
    {
        using var first = ExcelRendered.Of(ExcelTestContent.Content());
        Thread.Sleep(20); // a save time would differ now

        using var second = ExcelRendered.Of(ExcelTestContent.Content());

        Assert.Equal(first.Bytes, second.Bytes);
        using var document = second.OpenPackage();
        Assert.Equal(ExcelMatrixOptions.Default.Author, document.PackageProperties.Creator);
        Assert.Null(document.PackageProperties.Created);
    }

    [Fact]
    public void Render_LeavesNoMachineNameInTheFile()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        using var document = file.OpenPackage();

        var authors = document.WorkbookPart!.WorksheetParts
            .Select(p => p.WorksheetCommentsPart?.Comments.Authors?.InnerText)
            .Where(a => a is not null);
        Assert.All(authors, a => Assert.Equal(ExcelMatrixOptions.Default.Author, a));
        Assert.Equal(ExcelMatrixOptions.Default.Author, document.PackageProperties.Creator);
    }

    [Fact]
    public void Render_StopsEarly_WhenCancelled()
    {
        var content = ExcelTestContent.Content();
        var renderer = new ExcelMatrixRenderer();
        using var output = new MemoryStream();

        Assert.Throws<OperationCanceledException>(() =>
            renderer.Render(renderer.Plan(content).Single(), content, output, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Options_RefuseDropDownChoicesThatWouldBreakTheList()
    {
        var options = ExcelMatrixOptions.Default with { Priorities = ["High", "Low, later"] };

        Assert.Throws<ArgumentException>(() => ExcelRendered.Of(ExcelTestContent.Content(), options));
    }

    private static List<string> Cells(ExcelRendered file) =>
        file.Workbook.Worksheets
            .SelectMany(s => s.CellsUsed(XLCellsUsedOptions.Contents).Select(c => $"{s.Name}!{c.Address}={c.GetString()}"))
            .ToList();
}
