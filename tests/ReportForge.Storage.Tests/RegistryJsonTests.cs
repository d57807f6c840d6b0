using System.Text;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pipeline;
using ReportForge.Storage.Folder;

namespace ReportForge.Storage.Tests;

public sealed class RegistryJsonTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public enum SampleState { Queued, PartlyPublished }

    public sealed record SampleStatus(SampleState State, string? FailureReason);

    [Fact]
    public void Write_ThenRead_RoundTripsADocument_InCamelCaseWithKebabCaseStates()
    {
        var path = Path.Combine(_folder.Path, "requests", "ab12.status.json");
        var status = new SampleStatus(SampleState.PartlyPublished, null);

        RegistryJson.Write(path, status);

        var text = File.ReadAllText(path, Encoding.UTF8);
        Assert.Contains("\"state\": \"partly-published\"", text);
        Assert.Contains("\"failureReason\": null", text);
        Assert.Equal(status, RegistryJson.Read<SampleStatus>(path));
        Assert.Equal(["ab12.status.json"], Directory.EnumerateFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Read_ReturnsNull_WhenTheFileIsMissing() =>
        Assert.Null(RegistryJson.Read<SampleStatus>(Path.Combine(_folder.Path, "requests", "ab12.status.json")));

    [Fact]
    public void WriteToAStore_ThenRead_RoundTripsADocument_AndAMissingKeyReadsAsNull()
    {
        var store = new FolderRegistryStore(new RegistryLayout(_folder.Path));

        RegistryJson.Write(store, "requests/ab12.status.json", new SampleStatus(SampleState.Queued, "the disk was busy"));

        Assert.Equal(new SampleStatus(SampleState.Queued, "the disk was busy"), RegistryJson.Read<SampleStatus>(store, "requests/ab12.status.json"));
        Assert.Null(RegistryJson.Read<SampleStatus>(store, "requests/cd34.status.json"));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
    }
}
