using ReportForge.Core.Model;
using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Model;

public class CitationsTests
{
    [Fact]
    public void Format_AddsThePage_WhenTheSourceHasPages() =>
        Assert.Equal("¶ 17, fn 37–38, p. 4", Citations.Format(17, [37, 38], page: 4));

    [Fact]
    public void Format_LeavesThePageOut_ForText() =>
        Assert.Equal("¶ 17, fn 37", Citations.Format(17, [37]));

    [Fact]
    public void Cite_GivesThePageTheParagraphStartsOn_WhenTheSummaryWasReadFromItsPdf()
    {
        var summary = SummaryFile.Load(TestData.PathOf("Parsing/Specs/slovenia-2014-pdf.input.pdf"), TestData.Options);
        var ask = summary.Recommendations.First(r => r.Paragraph == 10);

        Assert.Equal($"¶ 10, fn {Citations.Footnotes(ask.Footnotes)}, p. 3", summary.Cite(ask));
    }

    [Fact]
    public void Cite_GivesNoPage_WhenTheSummaryWasText()
    {
        var ask = TestData.Summary.Recommendations[0];

        Assert.Equal(ask.Citation, TestData.Summary.Cite(ask));
    }
}
