using ReportForge.Matching.Retrieval;
using Xunit.Abstractions;

namespace ReportForge.Matching.Tests.Retrieval;

/// <summary>
/// The ask's canonical theme as a signal (issues and themes field in the BM25 query, and the bonus) against the section
/// title alone, on the labelled pairs; docs/matching.md reports the figures this prints.
/// </summary>
public sealed class ThemeSignalTests(ITestOutputHelper output)
{
    [Fact]
    public void CanonicalTheme_FindsMoreLabelledPairs_ThanTheSectionTitleAlone_WithoutLosingF1()
    {
        using var evaluation = new MatchEvaluation();

        var signal = evaluation.Evaluate(MatchOptions.Default);
        var titleOnly = evaluation.Evaluate(MatchOptions.Default, withThemeKey: false);

        foreach (var (name, r) in new[] { ("canonical theme", signal), ("section title", titleOnly) })
            output.WriteLine($"{name}: precision {r.Precision:0.000}, recall {r.Recall:0.000}, F1 {F1(r):0.000} ({r.TruePositives} right, {r.FalsePositives} wrong, {r.FalseNegatives} missed)");
        Assert.True(signal.Recall > titleOnly.Recall, $"recall {signal.Recall:0.000} against {titleOnly.Recall:0.000}");
        Assert.True(F1(signal) >= F1(titleOnly), $"F1 {F1(signal):0.000} against {F1(titleOnly):0.000}");
        Assert.Empty(signal.Unlabelled);
    }

    [Fact]
    public void IssuesField_LiftsAThemedRecommendationIntoTheCandidates()
    {
        using var evaluation = new MatchEvaluation();

        var withField = evaluation.Evaluate(MatchOptions.Default with { Threshold = 0.30 });
        var withoutField = evaluation.Evaluate(MatchOptions.Default with { Threshold = 0.30, ThemeBoost = 0 });

        Assert.True(withField.TruePositives > withoutField.TruePositives, $"{withField.TruePositives} against {withoutField.TruePositives}");
    }

    private static double F1(MatchEvaluation.Result r) => 2 * r.Precision * r.Recall / (r.Precision + r.Recall);
}
