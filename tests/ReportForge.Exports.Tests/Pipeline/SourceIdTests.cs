using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

public sealed class SourceIdTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Theory]
    [InlineData("Казахстан.txt", "kazakhstan")]
    [InlineData("Беларусь 2010.txt", "belarus-2010")]
    [InlineData("Қазақстан.txt", "qazaqstan")]
    [InlineData("Ελλάδα.txt", "ellada")]
    [InlineData("kazakhstan-2010.txt", "kazakhstan-2010")]
    public void IdFor_SpellsCyrillicAndGreekNamesInLatinLetters(string file, string expected) =>
        Assert.Equal(expected, SourceDocument.IdFor(file));

    [Fact]
    public void IdFor_KeepsNamesInOtherScriptsApart_WithAShortHashOfTheName()
    {
        var japan = SourceDocument.IdFor("日本.txt");
        var china = SourceDocument.IdFor("中国.txt");
        var arabic = SourceDocument.IdFor("مصر 2010.txt");

        Assert.NotEqual(japan, china);
        Assert.Matches("^source-[0-9a-f]{8}$", japan);
        Assert.Matches("^2010-[0-9a-f]{8}$", arabic);
        Assert.All(new[] { japan, china, arabic }, id => Assert.True(SourceIds.IsValid(id), id));
        Assert.Equal(japan, SourceDocument.IdFor("/elsewhere/日本.txt"));
    }

    [Fact]
    public void Run_RefusesAndKeepsTheFirstFiles_WhenAnotherFileNameGivesTheSameId()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));
        var folder = Path.Combine(_output.Path, "test-source");
        var before = Snapshot(folder);
        var other = PipelineFixtures.Source("ffff") with
        {
            Descriptor = new SourceDescriptor("test-source", "Test Source.txt", "ffff"),
        };

        var error = Assert.Throws<InputException>(() => pipeline.Run(other, PipelineFixtures.Request(_output.Path, force: true)));

        Assert.Equal("Test Source.txt: its source id 'test-source' already holds the outputs of 'test-source.txt'; choose another id (--id) or rename the file", error.Message);
        Assert.Equal(before, Snapshot(folder));
    }

    [Fact]
    public void Run_ReplacesTheOutputs_WhenTheSameIdIsChosenOnPurpose()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));
        var other = PipelineFixtures.Source("ffff") with
        {
            Descriptor = new SourceDescriptor("test-source", "Test Source.txt", "ffff"),
        };

        pipeline.Run(other, PipelineFixtures.Request(_output.Path) with { SourceId = "test-source" });

        Assert.Equal("Test Source.txt", ManifestFile.Read(Path.Combine(_output.Path, "test-source"))!.Source.File);
    }

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));
}
