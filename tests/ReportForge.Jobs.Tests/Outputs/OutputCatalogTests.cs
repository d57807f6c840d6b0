using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Outputs;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Jobs.Tests.Outputs;

public sealed class OutputCatalogTests : IDisposable
{
    private readonly TestWorkspace _test = new(new FakePdfRenderer());

    public OutputCatalogTests()
    {
        _test.RegisterSample();
        new ReportForge.Jobs.Rendering.RegenerateAllJob(_test.Workspace).Run(CancellationToken.None);
    }

    public void Dispose() => _test.Dispose();

    private OutputCatalog Catalog => new(_test.Workspace);

    [Fact]
    public void Find_ReturnsAFileTheManifestLists()
    {
        var file = Catalog.Find("kazakhstan-2010", "full/brief.pdf");

        Assert.NotNull(file);
        Assert.Equal("/outputs/kazakhstan-2010/full/brief.pdf", file.Url());
        using var content = Catalog.Open(file);
        Assert.Equal(file.Entry.Bytes, content.Length);
    }

    [Theory]
    [InlineData("kazakhstan-2010", "../.registry/sources/index.json")]
    [InlineData("kazakhstan-2010", ".manifest.lock")]
    [InlineData("kazakhstan-2010", "manifest.json")]
    [InlineData(".registry", "sources/index.json")]
    [InlineData("kazakhstan-2010", "full/brief.pdf.0123abcd.partial")]
    public void Find_ReturnsNothing_ForAFileTheManifestDoesNotList(string source, string path)
    {
        File.WriteAllText(Path.Combine(_test.OutputRoot, "kazakhstan-2010", "full", "brief.pdf.0123abcd.partial"), "half");

        Assert.Null(Catalog.Find(source, path));
    }

    [Fact]
    public void Find_ReturnsNothing_WhenAHandEditedManifestPointsOutsideTheFolder()
    {
        var folder = Path.Combine(_test.OutputRoot, "kazakhstan-2010");
        var manifest = ManifestFile.Read(folder)!;
        ManifestFile.Write(folder, manifest with { Artifacts = [.. manifest.Artifacts, manifest.Artifacts[0] with { Path = "../.registry/sources/index.json" }] });

        Assert.Null(Catalog.Find("kazakhstan-2010", "../.registry/sources/index.json"));
        Assert.DoesNotContain(Catalog.All(), f => f.Entry.Path.Contains("..", StringComparison.Ordinal));
    }
}
