using ReportForge.Matching.Retrieval;

namespace ReportForge.Matching.Tests.Retrieval;

/// <summary>The threshold in <see cref="MatchOptions"/> was chosen on these pairs; docs/matching.md reports the figures.</summary>
public sealed class MatchQualityTests
{
    [Fact]
    public void LabelledPairs_AreMoreThanThirty_AndNameAsksAndRecommendationsThatExist()
    {
        Assert.True(LabelledPairs.All.Count >= 30);
        Assert.Contains(LabelledPairs.All, p => p.Relevant);
        Assert.Contains(LabelledPairs.All, p => !p.Relevant);
        using var evaluation = new MatchEvaluation();
        evaluation.Evaluate(MatchOptions.Default); // throws on a pair whose ask or recommendation no longer says its phrase
    }

    [Fact]
    public void DefaultThreshold_ShowsMostlyRightMatches_AndFindsMostLabelledOnes()
    {
        using var evaluation = new MatchEvaluation();

        var result = evaluation.Evaluate(MatchOptions.Default);

        Assert.True(result.Precision >= 0.70, $"precision {result.Precision:0.000}");
        Assert.True(result.Recall >= 0.75, $"recall {result.Recall:0.000}");
        Assert.Empty(result.Unlabelled); // every match shown on the Slovenia data has been judged
    }

    [Fact]
    public void HigherThresholds_TradeRecallForPrecision()
    {
        using var evaluation = new MatchEvaluation();

        var low = evaluation.Evaluate(MatchOptions.Default with { Threshold = 0.2 });
        var high = evaluation.Evaluate(MatchOptions.Default with { Threshold = 0.4 });

        Assert.True(low.Recall > high.Recall);
        Assert.True(high.Precision > low.Precision);
    }
}
