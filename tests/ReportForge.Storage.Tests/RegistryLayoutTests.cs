using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.Tests;

public sealed class RegistryLayoutTests
{
    [Fact]
    public void Folders_AreUnderTheFullOutputPath_WhenGivenARelativeOne()
    {
        var layout = new RegistryLayout("output");

        Assert.Equal(Path.GetFullPath("output"), layout.OutputRoot);
        Assert.Equal(Path.Combine(layout.OutputRoot, ".registry"), layout.Root);
        Assert.Equal(Path.Combine(layout.OutputRoot, ".registry", "staging"), layout.StagingFolder);
        Assert.Equal(Path.Combine(layout.OutputRoot, "kazakhstan-2010"), layout.OutputFolder("kazakhstan-2010"));
    }

    [Fact]
    public void TheRegistryFolder_IsNeverASourcesOutputFolder()
    {
        var layout = new RegistryLayout("output");
        var idOfAFileNamedLikeIt = SourceDocument.IdFor(RegistryLayout.FolderName + ".txt");

        Assert.False(SourceIds.IsValid(RegistryLayout.FolderName));
        Assert.True(SourceIds.IsValid(idOfAFileNamedLikeIt));
        Assert.NotEqual(layout.Root, layout.OutputFolder(idOfAFileNamedLikeIt));
    }
}
