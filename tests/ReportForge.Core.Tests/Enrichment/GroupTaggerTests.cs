using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

public class GroupTaggerTests
{
    private static readonly GroupTagger Tagger = new(TestData.Options.Groups);

    [Fact]
    public void Tag_MatchesWholeWords_IgnoringCase()
    {
        Assert.Equal(["women"], Tagger.Tag("the position of Women’s representation"));
        Assert.Empty(Tagger.Tag("the womenfolk and the mediators"));
    }

    [Fact]
    public void Tag_MatchesPhrases_AcrossHyphens()
    {
        Assert.Contains("migrants-refugees", Tagger.Tag("returns of asylum-seekers"));
        Assert.Contains("lgbti", Tagger.Tag("based on their sexual orientation"));
    }
}
