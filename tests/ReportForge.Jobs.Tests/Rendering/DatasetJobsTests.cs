using Hangfire;
using ClosedXML.Excel;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Tests.Fakes;
using ReportForge.Jobs.Tests.Fixtures;
using UglyToad.PdfPig;

namespace ReportForge.Jobs.Tests.Rendering;

/// <summary>
/// Brief requests and regeneration drawing on a registered recommendations dataset, run by a real Hangfire server
/// (in-memory storage) with the shipped parser and renderers; the files are read back.
/// </summary>
public sealed class DatasetJobsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private BriefWorkspace Workspace(params ArtifactKind[] kinds)
    {
        var renderers = RendererCatalog.Create(TestWorkspace.Templates).Where(r => kinds.Contains(r.Kind)).ToList();
        var workspace = new BriefWorkspace(_folder.Path, new ExportPipeline(TestWorkspace.Templates, renderers));
        workspace.Sources.Register("slovenia-2019.txt", SloveniaFixtures.Bytes(SloveniaFixtures.Summary2019));
        workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));
        return workspace;
    }

    private string Output(params string[] parts) => Path.Combine([_folder.Path, "slovenia-2019", .. parts]);

    private static RequestStatus WaitForRequest(BriefWorkspace workspace, string requestId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var status = workspace.Requests.Status(requestId);
            if (status.State is RequestState.Succeeded or RequestState.Failed) return status;
            Thread.Sleep(100);
        }
        throw new TimeoutException($"request {requestId} did not finish");
    }

    private static bool HasRecommendedBefore(string workbookPath)
    {
        using var workbook = new XLWorkbook(workbookPath);
        return workbook.Worksheet("Matrix").Row(1).CellsUsed().Any(c => c.GetString() == "Recommended before by");
    }

    /// <summary>The non-empty "Recommended before by" cells of a matrix.</summary>
    private static IReadOnlyList<string> RecommendedBefore(string workbookPath)
    {
        using var workbook = new XLWorkbook(workbookPath);
        var matrix = workbook.Worksheet("Matrix");
        var column = matrix.Row(1).CellsUsed().Single(c => c.GetString() == "Recommended before by").Address.ColumnNumber;
        return matrix.RowsUsed().Skip(1).Select(r => r.Cell(column).GetString()).Where(s => s.Length > 0).ToList();
    }

    [Fact]
    public void Request_DrawingOnARegisteredDataset_WritesStateBriefsAndTheMatrixColumn()
    {
        var workspace = Workspace(ArtifactKind.StateBrief, ArtifactKind.ExcelMatrix);
        using var hangfire = new HangfireHarness(workspace);
        var submission = new BriefSubmission(workspace, hangfire.Client);

        var submitted = submission.Submit(new BriefRequest { SourceId = "slovenia-2019", Profiles = ["full"], Kinds = ["state-brief", "excel-matrix"] });
        hangfire.WaitForSuccess(submitted.JobId);
        var status = WaitForRequest(workspace, submitted.RequestId);

        Assert.True(status.State == RequestState.Succeeded, status.Error);
        Assert.Equal([SloveniaFixtures.UprInfoId], workspace.Requests.Get(submitted.RequestId).Datasets);
        Assert.Contains(status.Artifacts, a => a.Path == "full/states/brazil.pdf");
        using (var pdf = PdfDocument.Open(Output("full", "states", "brazil.pdf")))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("Meeting Brazil", text);
            Assert.Contains("Take further measures to provide security of tenure", text);
            Assert.Contains("session 20, 2014; the State supported it.", text);
        }
        Assert.Contains(RecommendedBefore(Output("full", "matrix.xlsx")), cell => cell.Contains("Brazil (session 20, 2014, supported)", StringComparison.Ordinal));
    }

    [Fact]
    public void Request_WithNoDatasetChosen_WritesNoStateBrief()
    {
        var workspace = Workspace(ArtifactKind.StateBrief, ArtifactKind.ExcelMatrix);
        using var hangfire = new HangfireHarness(workspace);

        var submitted = new BriefSubmission(workspace, hangfire.Client).Submit(
            new BriefRequest { SourceId = "slovenia-2019", Profiles = ["full"], Kinds = ["state-brief", "excel-matrix"], Datasets = [] });
        var status = WaitForRequest(workspace, submitted.RequestId);

        Assert.True(status.State == RequestState.Succeeded, status.Error);
        Assert.Equal(["full/matrix.xlsx"], status.Artifacts.Select(a => a.Path));
        Assert.False(HasRecommendedBefore(Output("full", "matrix.xlsx")));
    }

    [Fact]
    public void Regeneration_RendersAgain_WhenADatasetChanges_AndOnlyThen()
    {
        var workspace = Workspace(ArtifactKind.ExcelMatrix);
        using var hangfire = new HangfireHarness(workspace);
        string Regenerate() => hangfire.Client.Enqueue<RegenerateAllJob>(job => job.Run(CancellationToken.None));

        hangfire.WaitForSuccess(Regenerate());
        var first = workspace.Manifest("slovenia-2019")!;
        var matrixWritten = File.GetLastWriteTimeUtc(Output("full", "matrix.xlsx"));
        Assert.Contains(RecommendedBefore(Output("full", "matrix.xlsx")), cell => cell.Contains("Brazil (session 20", StringComparison.Ordinal));

        hangfire.WaitForSuccess(Regenerate());
        Assert.Equal(first.InputHash, workspace.Manifest("slovenia-2019")!.InputHash);
        Assert.Equal(matrixWritten, File.GetLastWriteTimeUtc(Output("full", "matrix.xlsx")));

        workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.UprInfoCsvWithout("Brazil"));
        hangfire.WaitForSuccess(Regenerate());

        var second = workspace.Manifest("slovenia-2019")!;
        Assert.NotEqual(first.InputHash, second.InputHash);
        var cells = RecommendedBefore(Output("full", "matrix.xlsx"));
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, cell => cell.Contains("Brazil", StringComparison.Ordinal));
    }

    [Fact]
    public void Regeneration_RendersWithoutARemovedDataset_AndItsStateBriefsLeaveTheOutputFolder()
    {
        var workspace = Workspace(ArtifactKind.ExcelMatrix, ArtifactKind.StateBrief);
        using var hangfire = new HangfireHarness(workspace);
        string Regenerate() => hangfire.Client.Enqueue<RegenerateAllJob>(job => job.Run(CancellationToken.None));
        hangfire.WaitForSuccess(Regenerate());
        Assert.True(File.Exists(Output("full", "states", "brazil.pdf")));
        Assert.True(HasRecommendedBefore(Output("full", "matrix.xlsx")));

        workspace.Datasets.Remove("slovenia-2019", SloveniaFixtures.UprInfoId);
        hangfire.WaitForSuccess(Regenerate());

        Assert.False(Directory.Exists(Output("full", "states")) && Directory.EnumerateFiles(Output("full", "states")).Any());
        Assert.DoesNotContain(workspace.Manifest("slovenia-2019")!.Artifacts, a => a.Kind == ArtifactKind.StateBrief.WireName());
        Assert.False(HasRecommendedBefore(Output("full", "matrix.xlsx")));
    }
}
