using ReportForge.Core.Parsing.Inline;

namespace ReportForge.Core.Tests.Parsing.Inline;

public class SentenceCaseTests
{
    [Theory]
    [InlineData("BACKGROUND AND FRAMEWORK", "Background and framework")]
    [InlineData("CAPACITY-BUILDING AND TECHNICAL ASSISTANCE", "Capacity-building and technical assistance")]
    [InlineData("COOPERATION WITH THE HUMAN RIGHTS COUNCIL AND THE UN", "Cooperation with the Human Rights Council and the UN")]
    [InlineData("PEOPLE LIVING WITH HIV/AIDS IN KAZAKHSTAN", "People living with HIV/AIDS in Kazakhstan")]
    [InlineData("Information provided by other stakeholders", "Information provided by other stakeholders")]
    public void Convert_WritesHeadingsInSentenceCase_KeepingAcronymsAndProperNouns(string heading, string expected)
    {
        Assert.Equal(expected, SentenceCase.Convert(heading, ["Kazakhstan"]));
    }
}
