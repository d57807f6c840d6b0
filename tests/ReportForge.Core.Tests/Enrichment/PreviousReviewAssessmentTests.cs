using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Tests.Enrichment;

/// <summary>What stakeholders say the State did with the previous review's recommendations.</summary>
public class PreviousReviewAssessmentTests
{
    [Theory]
    [InlineData("HRW stressed that the USA had not implemented UPR supported recommendations to combat racial discrimination.", ImplementationStatus.NotImplemented)]
    [InlineData("JS3 informed that none of the supported recommendations on sexual health had been implemented.", ImplementationStatus.NotImplemented)]
    [InlineData("JS6 considered that recommendations 118.12 and 118.14 had been partially implemented.", ImplementationStatus.PartiallyImplemented)]
    [InlineData("AI noted that Denmark had implemented the recommendation of the previous review to criminalise torture.", ImplementationStatus.Implemented)]
    [InlineData("JS2 reported on the implementation of the recommendations of the second review.", ImplementationStatus.Unclear)]
    public void Of_ReadsTheStatus_AStakeholderGives(string clause, ImplementationStatus status)
    {
        Assert.Equal(status, PreviousReviewAssessment.Of(clause));
    }

    [Theory]
    [InlineData("JS1 noted that recommendations of treaty bodies were rarely implemented.")]
    [InlineData("AI noted that the law had not been implemented.")]
    public void Of_FindsNoAssessment_WhereTheReviewIsNotMeant(string clause)
    {
        Assert.Null(PreviousReviewAssessment.Of(clause));
    }

    [Fact]
    public void Parse_MakesAnAssessmentStatement_WithItsStatus()
    {
        var summary = TestData.Parse("""
            II. Information provided by stakeholders
            A. Scope of international obligations
            1. HRW stressed that Denmark had not implemented UPR supported recommendations on racial discrimination.1 AI noted that Denmark had not ratified the Convention.2
            """);

        var assessment = Assert.Single(summary.Statements, s => s.Kind == StatementKind.Assessment);
        Assert.Equal(["HRW"], assessment.Stakeholders);
        Assert.Equal(ImplementationStatus.NotImplemented, assessment.Implementation);
        Assert.Contains(summary.Statements, s => s.Kind == StatementKind.Observation && s.Stakeholders.SequenceEqual(["AI"]));
    }
}
