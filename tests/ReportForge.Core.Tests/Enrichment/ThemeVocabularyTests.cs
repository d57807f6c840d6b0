using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

/// <summary>Headings of every cycle find the one theme they name.</summary>
public class ThemeVocabularyTests
{
    private static ThemeVocabulary Themes => TestData.Options.Themes;

    [Theory]
    [InlineData("Right to life, liberty and security of the person", "right-to-life-liberty-and-security")]
    [InlineData("Right to life, liberty and security of person, and freedom from torture", "right-to-life-liberty-and-security")]
    [InlineData("Migrants, refugees and asylum seekers", "migrants-refugees-asylum-seekers")]
    [InlineData("Migrants, refugees and asylum-seekers", "migrants-refugees-asylum-seekers")]
    [InlineData("Administration of justice, including impunity (part to be added only if relevant), and the rule of law", "administration-of-justice")]
    [InlineData("WOMEN", "women")]
    [InlineData("administration-of-justice", "administration-of-justice")]
    public void Match_FindsTheCanonicalTheme_WhateverTheCyclePrinted(string heading, string key)
    {
        Assert.Equal(key, Themes.Match(heading)?.Key);
    }

    [Fact]
    public void Match_FindsNothing_ForAHeadingTheListLacks()
    {
        Assert.Null(Themes.Match("Right to a nationality for the children of seasonal workers"));
    }

    [Fact]
    public void Parse_ReportsAThemeTheListLacks_AndKeepsItAsItsOwnTheme()
    {
        var text = TestData.Sample.Replace("Cooperation with treaty bodies", "Cooperation with regional peer reviewers", StringComparison.Ordinal);

        var summary = TestData.Parse(text);

        var section = summary.Sections.Single(s => s.Title == "Cooperation with regional peer reviewers");
        Assert.Equal("cooperation-with-regional-peer-reviewers", section.ThemeKey);
        Assert.Contains(summary.Diagnostics, d => d.Message.Contains("'Cooperation with regional peer reviewers' is not in the theme list", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_GivesEverySampleThemeItsCanonicalKey()
    {
        Assert.All(TestData.Summary.Themes, t => Assert.NotNull(Themes.Match(t.ThemeKey)));
    }
}
