using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Tests.Fakes;
using ReportForge.Jobs.Tests.Fixtures;

namespace ReportForge.Jobs.Tests.Registry;

/// <summary>Recommendations datasets registered beside a summary, with the shipped parser and dataset readers.</summary>
public sealed class DatasetRegistryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BriefWorkspace _workspace;

    public DatasetRegistryTests()
    {
        _workspace = new BriefWorkspace(_folder.Path, ExportPipeline.CreateDefault(TestWorkspace.Templates));
        _workspace.Sources.Register("slovenia-2019.txt", SloveniaFixtures.Bytes(SloveniaFixtures.Summary2019));
    }

    public void Dispose() => _folder.Dispose();

    private string RegistryFolder(params string[] parts) => Path.Combine([_folder.Path, ".registry", .. parts]);

    [Fact]
    public void Register_KeepsAUprInfoExportBesideItsSummary_AndListsIt()
    {
        var entry = _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));

        Assert.Equal(SloveniaFixtures.UprInfoId, entry.Id);
        Assert.Equal("UPR Info CSV", entry.Format);
        Assert.Equal(286, entry.Recommendations);
        Assert.Equal(["Slovenia"], entry.Countries);
        Assert.Equal([entry.Id], _workspace.Datasets.Of("slovenia-2019").Select(d => d.Id));
        Assert.True(File.Exists(RegistryFolder("datasets", "slovenia-2019", entry.Id, SloveniaFixtures.UprInfoCsvName)));
    }

    [Fact]
    public void Remove_ForgetsTheDatasetAndItsFile_AndLeavesTheOthers()
    {
        var csv = _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));
        var list = _workspace.Datasets.Register("slovenia-2019", "thematic-list-of-recommendations.docx", SloveniaFixtures.Bytes(SloveniaFixtures.ThematicList2019));

        var removed = _workspace.Datasets.Remove("slovenia-2019", csv.Id);

        Assert.Equal((csv.Id, csv.Sha256), (removed.Id, removed.Sha256));
        Assert.Equal([list.Id], _workspace.Datasets.Of("slovenia-2019").Select(d => d.Id));
        Assert.False(Directory.Exists(RegistryFolder("datasets", "slovenia-2019", csv.Id)) &&
            Directory.EnumerateFileSystemEntries(RegistryFolder("datasets", "slovenia-2019", csv.Id)).Any());
        Assert.True(File.Exists(RegistryFolder("datasets", "slovenia-2019", list.Id, "thematic-list-of-recommendations.docx")));
        Assert.Equal([list.Id], _workspace.Datasets.Resolve("slovenia-2019", datasetIds: null).Select(d => d.Id));
    }

    [Fact]
    public void Remove_RefusesAnUnknownDataset_NamingTheRegisteredOnes_AndChangesNothing()
    {
        var csv = _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));

        var e = Assert.Throws<InputException>(() => _workspace.Datasets.Remove("slovenia-2019", "upr-info"));

        Assert.Equal($"datasets: no recommendations dataset 'upr-info' is registered for 'slovenia-2019'; registered: {csv.Id}", e.Message);
        Assert.Equal([csv.Id], _workspace.Datasets.All().Select(d => d.Id));
    }

    [Fact]
    public void Register_ReplacesTheFileOfTheSameId()
    {
        var first = _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));

        var second = _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.UprInfoCsvWithout("Brazil"));

        Assert.NotEqual(first.Sha256, second.Sha256);
        Assert.Equal(284, second.Recommendations);
        Assert.Equal([second.Sha256], _workspace.Datasets.All().Select(d => d.Sha256));
    }

    [Fact]
    public void Register_RefusesADatasetAboutAnotherState_NamingTheFile_AndKeepsNothing()
    {
        _workspace.Sources.Register("kazakhstan-2010.txt", File.ReadAllBytes(TestWorkspace.Templates.SampleSummary));

        var e = Assert.Throws<InputException>(() =>
            _workspace.Datasets.Register("kazakhstan-2010", "thematic-list-of-recommendations.docx", SloveniaFixtures.Bytes(SloveniaFixtures.ThematicList2019)));

        Assert.StartsWith("thematic-list-of-recommendations.docx: lists recommendations to Slovenia, not to Kazakhstan", e.Message, StringComparison.Ordinal);
        Assert.Contains("anyCountry", e.Message, StringComparison.Ordinal);
        Assert.Empty(_workspace.Datasets.All());
        Assert.False(Directory.Exists(RegistryFolder("datasets", "kazakhstan-2010")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(RegistryFolder("incoming")));
    }

    [Fact]
    public void Register_AcceptsADatasetAboutAnotherState_WhenToldTo()
    {
        _workspace.Sources.Register("kazakhstan-2010.txt", File.ReadAllBytes(TestWorkspace.Templates.SampleSummary));

        var entry = _workspace.Datasets.Register("kazakhstan-2010", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv), anyCountry: true);

        Assert.True(entry.AnyCountry);
        Assert.Equal([entry.Id], _workspace.Datasets.Of("kazakhstan-2010").Select(d => d.Id));
    }

    [Fact]
    public void Register_RefusesACsvThatIsNotAUprInfoExport_NamingTheFileAndRow()
    {
        var e = Assert.Throws<InputException>(() =>
            _workspace.Datasets.Register("slovenia-2019", "contacts.csv", "Name,Email\nAna,ana@example.org\n"u8));

        Assert.StartsWith("contacts.csv:1: not a UPR Info export", e.Message, StringComparison.Ordinal);
        Assert.Empty(_workspace.Datasets.All());
    }

    [Fact]
    public void Register_RefusesAnIdThatCannotNameAFolder()
    {
        var e = Assert.Throws<InputException>(() =>
            _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv), "../UPR"));

        Assert.Equal("id: '../UPR' is not a dataset id: use lower-case letters, digits and dashes", e.Message);
        Assert.Empty(_workspace.Datasets.All());
    }

    [Fact]
    public void Register_RefusesADatasetForAnUnregisteredSummary()
    {
        var e = Assert.Throws<InputException>(() =>
            _workspace.Datasets.Register("slovenia-2014", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv)));

        Assert.Contains("no registered source 'slovenia-2014'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_RefusesAnUnknownDataset_NamingTheRegisteredOnes()
    {
        _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));
        var submission = new BriefSubmission(_workspace, new InlineJobs(_workspace));

        var e = Assert.Throws<InputException>(() => submission.Submit(new BriefRequest { SourceId = "slovenia-2019", Datasets = ["upr-2019"] }));

        Assert.Equal($"datasets: no recommendations dataset 'upr-2019' is registered for 'slovenia-2019'; registered: {SloveniaFixtures.UprInfoId}", e.Message);
        Assert.Empty(_workspace.Requests.Ids());
    }

    [Fact]
    public void Plan_HasTheInputHashOfTheCommandLine_ForTheSameSummaryAndDatasets()
    {
        _workspace.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));
        var commandLine = _workspace.Pipeline.Plan(
            SourceDocument.Load(SloveniaFixtures.Summary2019, "slovenia-2019", _workspace.Templates),
            new ExportRequest { OutputRoot = _folder.Path, RecommendationDatasets = [SloveniaFixtures.UprInfoCsv] });

        var requested = _workspace.Plan(new BriefRequest { SourceId = "slovenia-2019", Profiles = ["full"] });
        var withoutDatasets = _workspace.Plan(new BriefRequest { SourceId = "slovenia-2019", Profiles = ["full"], Datasets = [] });

        Assert.Equal(commandLine.InputHash, requested.InputHash);
        Assert.NotEqual(commandLine.InputHash, withoutDatasets.InputHash);
        Assert.Contains(requested.Artifacts, a => a.Plan.RelativePath == "full/states/brazil.pdf");
        Assert.DoesNotContain(withoutDatasets.Artifacts, a => a.Plan.RelativePath.Contains("/states/", StringComparison.Ordinal));
    }
}
