namespace ReportForge.Core.Tests.Enrichment;

/// <summary>Asks whose source the text does not name, and asks made with "should".</summary>
public class UnnamedSourcesTests
{
    private const string Text = """
        II. Information provided by stakeholders
        A. Scope of international obligations
        1. AI noted that Denmark had not ratified the Convention.1 Several submissions recommended that Denmark ratify it.2
        2. It was recommended that Denmark abolish solitary confinement for children.3
        3. Recommendations were made to Denmark to adopt a national action plan on racism.4
        4. JS1 stated that the Government should train the police in the use of force.5
        5. USA was recommended to ratify the Convention on the Rights of the Child.6
        """;

    private static Core.Model.Summary Parse() => TestData.Parse(Text);

    [Theory]
    [InlineData(1, "Denmark ratify it")]
    [InlineData(2, "Denmark abolish solitary confinement for children")]
    [InlineData(3, "Denmark to adopt a national action plan on racism")]
    public void Parse_ReadsAnAsk_WhoseSourceTheTextDoesNotName(int paragraph, string ask)
    {
        var found = Assert.Single(Parse().Recommendations, r => r.Paragraph == paragraph);

        Assert.StartsWith(ask, found.Text, StringComparison.Ordinal);
        Assert.Equal(["Unnamed submissions"], found.Stakeholders);
    }

    [Fact]
    public void Parse_ReadsWhatTheGovernmentShouldDo_AsAnAsk_OfTheStakeholderWhoSaidIt()
    {
        var found = Assert.Single(Parse().Recommendations, r => r.Paragraph == 4);

        Assert.Equal(["JS1"], found.Stakeholders);
        Assert.Contains("Government should train the police", found.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsAStateWasRecommended_ByTheStatesInitials()
    {
        var text = Text.Replace("Denmark", "the United States of America", StringComparison.Ordinal);
        var summary = Core.Parsing.SummaryParser.Parse(text, TestData.Options with { Country = "United States of America" });

        var found = Assert.Single(summary.Recommendations, r => r.Paragraph == 5);
        Assert.StartsWith("Ratify the Convention on the Rights of the Child", found.Text, StringComparison.Ordinal);
    }
}
