using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

/// <summary>The State under review, as the cover spells it.</summary>
public class CountryDetectorTests
{
    [Theory]
    [InlineData("Summary of stakeholders' submissions on the United States of America*", "United States of America")]
    [InlineData("Summary of stakeholders' submissions on the Bolivarian Republic of Venezuela*", "Bolivarian Republic of Venezuela")]
    [InlineData("Summary of Stakeholders’ submissions on Iran (Islamic Republic of)*", "Iran (Islamic Republic of)")]
    [InlineData("Summary of stakeholders' submissions on Denmark", "Denmark")]
    public void NamedInTitle_KeepsTheCoversSpelling(string title, string country)
    {
        Assert.Equal(country, new CountryDetector().NamedInTitle(title));
    }

    [Fact]
    public void SpelledAlone_ReadsALongFormOnItsOwnLine()
    {
        Assert.Equal("Venezuela (Bolivarian Republic of)", new CountryDetector().SpelledAlone("Venezuela (Bolivarian Republic of)*"));
        Assert.Null(new CountryDetector().SpelledAlone("Human Rights Council"));
    }
}
