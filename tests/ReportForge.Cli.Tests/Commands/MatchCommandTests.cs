using System.Text.Json;
using ReportForge.Core.Parsing;
using ReportForge.Matching.Retrieval;

namespace ReportForge.Cli.Tests.Commands;

public sealed class MatchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    [Fact]
    public void Match_PrintsTheJsonContract_WithMatchesAboveTheThresholdBestFirst()
    {
        var run = CliProcess.Run(_folder, "match", Fixture("slovenia-2019", "summary.txt"),
            "--recommendations", Fixture("slovenia-2019", "thematic-list-of-recommendations.docx"),
            "--recommendations", Fixture("slovenia-upr-info-recommendations-2010-2014.csv"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var asks = json.RootElement.GetProperty("asks");
        // every ask the parser finds is listed, with or without matches
        var parsed = SummaryFile.Load(Fixture("slovenia-2019", "summary.txt"), new ParseOptions { FileName = "summary.txt" });
        Assert.Equal(parsed.Recommendations.Count, asks.GetArrayLength());
        var rape = asks.EnumerateArray().Single(a => a.GetProperty("paragraph").GetInt32() == 21);
        Assert.Contains("definition of rape", rape.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["AI"], rape.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetString()));
        var matches = rape.GetProperty("matches").EnumerateArray().ToList();
        Assert.NotEmpty(matches);
        var best = matches[0];
        Assert.Equal("Revise the definition of rape in the Criminal Code so that it is based on the absence of consent", best.GetProperty("text").GetString());
        Assert.Equal("supported", best.GetProperty("response").GetString());
        Assert.Equal(34, best.GetProperty("session").GetInt32());
        Assert.NotEmpty(best.GetProperty("states").EnumerateArray());
        Assert.Contains("rape", best.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        var scores = matches.Select(m => m.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.True(s >= MatchOptions.Default.Threshold));
    }

    [Fact]
    public void Match_PrintsAsksMatchesAndTheStatesToMeet_WithoutJson()
    {
        var run = CliProcess.Run(_folder, "match", Fixture("slovenia-2014", "summary.txt"),
            "--recommendations", Fixture("slovenia-upr-info-recommendations-2010-2014.csv"));

        Assert.Equal(0, run.ExitCode);
        var parsed = SummaryFile.Load(Fixture("slovenia-2014", "summary.txt"), new ParseOptions { FileName = "summary.txt" });
        Assert.Contains($"Slovenia: {parsed.Recommendations.Count} asks matched against 286 recommendations from 1 datasets", run.Stdout);
        Assert.Contains("acquisition of Slovenian citizenship by the \"erased persons\"", run.Stdout);
        Assert.Contains("States by asks matched:", run.Stdout);
    }

    [Fact]
    public void Match_Exits2NamingTheDataset_WhenItIsAboutAnotherCountry()
    {
        var run = CliProcess.Run(_folder, "match", "--recommendations", Fixture("slovenia-2014", "thematic-list-of-recommendations.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("reportforge: thematic-list-of-recommendations.docx: lists recommendations to Slovenia, not to Kazakhstan, " +
                     "the State the summary is about (pass --any-country to use it anyway)", run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Match_Exits2NamingFileAndRow_WhenTheCsvIsForeign()
    {
        var path = Path.Combine(_folder, "contacts.csv");
        File.WriteAllText(path, "Name,Email\nAna,ana@example.org\n");

        var run = CliProcess.Run(_folder, "match", Fixture("slovenia-2014", "summary.txt"), "--recommendations", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("reportforge: contacts.csv:1: not a UPR Info export: the header lacks To, Text, From, Response, Action, Issue, Session", run.Stderr.Trim());
    }
}
