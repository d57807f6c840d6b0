using ReportForge.Matching.Datasets;
using ReportForge.Matching.Retrieval;
using ReportForge.Matching.Tests.Fixtures;

namespace ReportForge.Matching.Tests.Retrieval;

public sealed class AskMatcherTests : IClassFixture<AskMatcherTests.Index>
{
    private readonly RecommendationIndex index;

    public AskMatcherTests(Index fixture) => index = fixture.Value;

    public sealed class Index : IDisposable
    {
        public RecommendationIndex Value { get; } = RecommendationIndex.Build(
            new[] { FixturePaths.UprInfoCsv, FixturePaths.ThematicList2014, FixturePaths.ThematicList2019 }
                .Select(DatasetFile.Load).SelectMany(d => d.Recommendations).ToList());

        public void Dispose() => Value.Dispose();
    }

    [Fact]
    public void Match_PutsTheSameRecommendationFirst_AndKeepsTheSharedWordsAsTheReason()
    {
        var matches = new AskMatcher(index).Match(
            "Slovenia revise the definition of rape in the Criminal Code so that it is based on the absence of consent.",
            "Civil and political rights");

        var best = matches[0];
        Assert.Equal("Revise the definition of rape in the Criminal Code so that it is based on the absence of consent", best.Text);
        Assert.Equal(1.0, best.Score);
        Assert.Contains("rape", best.Terms);
        Assert.Contains("consent", best.Terms);
        Assert.DoesNotContain("slovenia", best.Terms);
        Assert.Equal(StateResponse.Supported, best.Response);
        Assert.All(matches.Take(4), m => Assert.Contains("rape", m.Terms));
        Assert.Equal(matches.OrderByDescending(m => m.Score).Select(m => m.Score), matches.Select(m => m.Score));
    }

    [Fact]
    public void Match_GroupsTheExportsRowPerStateIntoOneMatchWithEveryState()
    {
        // The 2010 export has one row per recommending State for the same wording.
        var matches = new AskMatcher(index).Match(
            "Ratify the International Convention for the Protection of All Persons from Enforced Disappearance.", "");

        var session7 = matches.Where(m => m.Session == 7).ToList();
        Assert.All(session7, m => Assert.Equal(m.Recommendations.Count, m.Recommendations.Select(r => r.Source).Distinct().Count()));
        var merged = matches.First(m => m.States.Count > 1);
        Assert.Matches(@"^[^()]+ \(\d{4}, (supported|noted)\)$", merged.Label);
    }

    [Fact]
    public void Match_FindsNothing_ForAnAskNoStateEverMadeARecommendationOn()
    {
        var matches = new AskMatcher(index).Match(
            "Political party financial reports provide a detailed breakdown of all donations and that detailed versions of the reports should be publicly accessible.",
            "Right to participate in public and political life");

        Assert.Empty(matches);
    }
}
