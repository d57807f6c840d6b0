using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

public sealed class AskTextTests
{
    [Theory]
    [InlineData("that Kazakhstan take measures.", "Kazakhstan take measures.")]
    [InlineData(", inter alia, that Kazakhstan review the law", "Kazakhstan review the law")]
    [InlineData("to the United Nations to invite Kazakhstan", "The United Nations to invite Kazakhstan")]
    [InlineData("upon Kazakhstan to ratify the CRPD;", "Kazakhstan to ratify the CRPD")]
    public void From_CutsTheOpeningWords_OfTheAsk(string afterVerb, string expected)
    {
        Assert.Equal(expected, AskText.From(afterVerb, "Kazakhstan"));
    }

    [Fact]
    public void From_NamesTheCountry_WhenTheAskAddressesItByPronoun()
    {
        Assert.Equal("Kazakhstan to develop protection programmes for victims of trafficking.",
            AskText.From("it to develop protection programmes for victims of trafficking.", "Kazakhstan"));
    }

    [Fact]
    public void From_LeavesOtherWordsAlone_WhenTheyOnlyStartWithIt()
    {
        Assert.Equal("Items of the budget be published", AskText.From("that items of the budget be published", "Kazakhstan"));
    }
}
