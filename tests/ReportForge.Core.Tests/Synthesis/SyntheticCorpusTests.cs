using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Synthesis;
using ReportForge.Core.Templates;

namespace ReportForge.Core.Tests.Synthesis;

public sealed class SyntheticCorpusTests
{
    private static readonly TemplateSet Templates = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

    private static ParseOptions Options => Templates.ParseOptions();

    private static readonly Summary Sample = SummaryFile.Load(Templates.SampleSummary, Options);

    [Fact]
    public void Generate_MakesSummariesTheParserReadsBack_WithTheirOwnCountry()
    {
        foreach (var source in SyntheticCorpus.Generate(Sample, 8))
        {
            var summary = SummaryParser.Parse(source.Text, Options with { FileName = source.Id + ".txt" });

            Assert.Equal(source.Country, summary.Country);
            Assert.InRange(summary.Paragraphs.Count, 53 / 2 - 8, 53 * 3 + 8);
            Assert.Equal(Enumerable.Range(1, summary.Paragraphs.Count), summary.Paragraphs.Select(p => p.Number));
            var footnotes = summary.Paragraphs.SelectMany(p => p.FootnoteNumbers).ToList();
            Assert.Equal(Enumerable.Range(1, footnotes.Count), footnotes);
            Assert.NotEmpty(summary.Recommendations);
            Assert.DoesNotContain(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.DoesNotContain("Kazakh", source.Text);
        }
    }

    [Fact]
    public void Generate_IsTheSame_ForTheSameSeed()
    {
        Assert.Equal(SyntheticCorpus.Generate(Sample, 3, seed: 7).ToList(), SyntheticCorpus.Generate(Sample, 3, seed: 7).ToList());
        Assert.NotEqual(SyntheticCorpus.Generate(Sample, 1, seed: 7).Single().Text, SyntheticCorpus.Generate(Sample, 1, seed: 8).Single().Text);
    }

    [Fact]
    public void Generate_GivesEverySourceItsOwnId()
    {
        var ids = SyntheticCorpus.Generate(Sample, 50).Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Generate_KeepsStakeholderNamesWithTheirCodes_WhenShufflingThem()
    {
        foreach (var source in SyntheticCorpus.Generate(Sample, 5))
        {
            var summary = SummaryParser.Parse(source.Text, Options);
            foreach (var s in summary.Stakeholders.Where(s => s.Name is not null))
            {
                var original = Sample.Stakeholders.Single(x => x.Abbreviation == s.Abbreviation);
                Assert.Equal(original.Name, s.Name);
            }
        }
    }

    [Fact]
    public void Scaled_ReadsBackTheSame_WhenLaidOutAsALaterCycleSummary()
    {
        var first = SummaryParser.Parse(SyntheticCorpus.Scaled(Sample, 2), Options);
        var later = SummaryParser.Parse(SyntheticCorpus.Scaled(Sample, 2, SummaryShape.LaterCycle), Options);

        Assert.Equal(first.Paragraphs.Select(p => (p.Number, p.Text)), later.Paragraphs.Select(p => (p.Number, p.Text)));
        Assert.Equal(first.Paragraphs.SelectMany(p => p.FootnoteNumbers), later.Paragraphs.SelectMany(p => p.FootnoteNumbers));
        Assert.Equal(first.Themes.Select(t => (t.Title, t.ThemeKey)), later.Themes.Select(t => (t.Title, t.ThemeKey)));
        Assert.Contains(later.Themes, t => t.Level == SectionLevel.Titled);
    }

    [Fact]
    public void Scaled_RepeatsEveryParagraph_WithFootnotesRenumbered()
    {
        var summary = SummaryParser.Parse(SyntheticCorpus.Scaled(Sample, 10), Options);

        Assert.Equal(530, summary.Paragraphs.Count);
        Assert.Equal(1440, summary.Paragraphs.Sum(p => p.Footnotes.Count));
        Assert.Equal(450, summary.Recommendations.Count);
        Assert.Equal(Sample.Themes.Select(t => t.Id), summary.Themes.Select(t => t.Id));
    }
}
