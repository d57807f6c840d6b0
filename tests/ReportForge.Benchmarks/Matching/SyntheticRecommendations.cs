using ReportForge.Core.Parsing;
using ReportForge.Matching.Advocacy;
using ReportForge.Matching.Datasets;

namespace ReportForge.Benchmarks.Matching;

/// <summary>
/// A corpus the size of the whole UPR Info database, derived from the real Slovenia rows: each synthetic
/// recommendation joins the opening of one real recommendation to the end of another, so the vocabulary and
/// length are real while the texts differ. Seeded: every run indexes the same corpus.
/// </summary>
internal static class SyntheticRecommendations
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "recommendations", .. parts]);

    public static IReadOnlyList<StateRecommendation> Real() =>
        new[] { Fixture("slovenia-upr-info-recommendations-2010-2014.csv"), Fixture("slovenia-2014", "thematic-list-of-recommendations.docx"), Fixture("slovenia-2019", "thematic-list-of-recommendations.docx") }
            .Select(DatasetFile.Load).SelectMany(d => d.Recommendations).ToList();

    public static IReadOnlyList<StateRecommendation> Create(int count)
    {
        var real = Real();
        var random = new Random(20_14);
        var countries = new[] { "Slovenia", "Kazakhstan", "Denmark", "Chile", "Kenya", "Nepal", "Peru", "Fiji" };
        var result = new List<StateRecommendation>(count);
        for (var i = 0; i < count; i++)
        {
            var head = real[random.Next(real.Count)];
            var tail = real[random.Next(real.Count)];
            var headWords = head.Text.Split(' ');
            var tailWords = tail.Text.Split(' ');
            var text = string.Join(' ', headWords.Take(Math.Max(3, headWords.Length / 2)).Concat(tailWords.Skip(tailWords.Length / 2)));
            result.Add(head with
            {
                Id = $"row {i + 2}",
                Text = text,
                States = [real[random.Next(real.Count)].States.FirstOrDefault() ?? "Norway"],
                Country = countries[i % countries.Length],
                Session = 1 + random.Next(50),
                Themes = head.Themes.Concat(tail.Themes).Distinct().ToList(),
            });
        }
        return result;
    }

    /// <summary>100 asks: the real asks of the Slovenia 2014 and 2019 summaries, repeated with their themes as exports match them.</summary>
    public static IReadOnlyList<(string Text, string Theme, string ThemeKey)> Asks(int count = 100)
    {
        var asks = new[] { "slovenia-2014", "slovenia-2019" }
            .Select(folder => SummaryFile.Load(Fixture(folder, "summary.txt"), new ParseOptions { FileName = "summary.txt" }))
            .SelectMany(s => s.Recommendations.Select(r => (r.Text, AskTheme.Of(s, r), AskTheme.KeyOf(s, r))))
            .ToList();
        return Enumerable.Range(0, count).Select(i => asks[i % asks.Count]).ToList();
    }
}
