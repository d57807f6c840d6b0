using System.Globalization;
using ReportForge.Matching.Advocacy;

namespace ReportForge.Cli.Output;

/// <summary>The plain-text report of <c>reportforge match</c>: asks with their matches, then the States to meet.</summary>
internal static class MatchDigest
{
    public static void Write(MatchReport report, TextWriter output)
    {
        var recommendations = report.Datasets.Sum(d => d.Recommendations.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Summary.Country}: {report.Asks.Count} asks matched against {recommendations} recommendations from {report.Datasets.Count} datasets"));
        foreach (var ask in report.Asks)
        {
            output.WriteLine();
            output.WriteLine($"{ask.Ask.Id} ({string.Join(", ", ask.Ask.Stakeholders)}): {ask.Ask.Text}");
            if (ask.Matches.Count == 0) output.WriteLine("  no similar recommendation");
            foreach (var match in ask.Matches)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {match.Score:0.00}  {match.Label}: {match.Text}  [{string.Join(", ", match.Terms.Take(6))}]"));
        }
        output.WriteLine();
        output.WriteLine("States by asks matched:");
        foreach (var state in report.States())
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {state.State}: {state.Asks.Count} asks ({string.Join(", ", state.Asks.Select(a => a.Ask.Id))})"));
    }
}
