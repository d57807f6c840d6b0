namespace ReportForge.Core.Tests.Enrichment;

/// <summary>The ways later-cycle summaries name who said what.</summary>
public class AttributionFormsTests
{
    private const string Text = """
        II. Information provided by stakeholders
        A. Scope of international obligations
        1. The Institute of Solidarity for peace and freedom (ISPF), the Institute of Development for everyone (IDE) and Joint submission 2 (JS2) reported that discrimination persisted in Denmark.1
        2. Joint submission 1 (JS1) and JS2 welcomed the national action plan.2 However, they were concerned that the plan lacked a definition of racism. JS1 was also concerned that the plan omitted Muslims.3
        3. JS2 and the Commissioner for Human Rights (CoE-Commissioner) recommended that Denmark ratify the 1961 Convention.4
        4. Joint Submission (JS) 3 reported that Denmark ratified the Istanbul Convention.5
        """;

    private static Core.Model.Summary Summary => TestData.Parse(Text);

    [Theory]
    [InlineData(1, "reported", "ISPF+IDE+JS2")]
    [InlineData(2, "were concerned", "JS1+JS2")]
    [InlineData(2, "was also concerned", "JS1")]
    [InlineData(3, "recommended", "JS2+CoE-Commissioner")]
    [InlineData(4, "reported", "JS3")]
    public void Parse_Attributes_WhateverFormTheSubjectTakes(int paragraph, string verb, string codes)
    {
        Assert.Contains(Summary.Statements, s => s.Paragraph == paragraph && s.Verb == verb && string.Join("+", s.Stakeholders) == codes);
    }

    [Fact]
    public void Parse_KeepsAConcern_AConcern_AfterAWelcome()
    {
        var concern = Assert.Single(Summary.Statements, s => s.Verb == "were concerned");

        Assert.Equal(Core.Model.StatementKind.Concern, concern.Kind);
    }
}
