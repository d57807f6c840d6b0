using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Tests.Enrichment;

public class ActionCategoriesTests
{
    [Theory]
    [InlineData("Kazakhstan to ratify the CRPD", ActionCategory.Specific)]
    [InlineData("Kazakhstan develop and adopt a law on public monitoring", ActionCategory.Specific)]
    [InlineData("The law on Internet regulation should be repealed", ActionCategory.Specific)]
    [InlineData("Kazakhstan ensure that all trials observe international standards", ActionCategory.General)]
    [InlineData("Kazakhstan, inter alia, review the regulations", ActionCategory.Considering)]
    [InlineData("Kazakhstan continue its cooperation with civil society", ActionCategory.Continuing)]
    [InlineData("Kazakhstan seek technical assistance", ActionCategory.Minimal)]
    public void Of_RatesTheAsk_ByItsMainVerb(string ask, ActionCategory expected) =>
        Assert.Equal(expected, ActionCategories.Of(ask));
}
