using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Core.Tests.Tailoring;

public sealed class BriefSelectorTests
{
    private static BriefContent Select(BriefProfile profile) =>
        BriefSelector.Select(TailoringFixtures.Summary(), TailoringFixtures.Source, profile, TailoringFixtures.Taxonomy);

    [Fact]
    public void Select_KeepsEveryThemeAndAsk_ForTheFullProfile()
    {
        var content = Select(BriefProfile.Full);

        Assert.Equal(["II.B.2", "II.B.7"], content.Themes.Select(t => t.Section.Id));
        Assert.Equal(["R14.1", "R21.1"], content.AllRecommendations.Select(r => r.Id));
        Assert.Equal(["WCADP", "JS4", "BF"], content.Stakeholders.Select(s => s.Abbreviation));
    }

    [Fact]
    public void Select_KeepsOnlyTheNamedThemes_WhenThemesAreGivenByTitleWords()
    {
        var content = Select(BriefProfile.Full with { Name = "justice", Themes = ["liberty and security"] });

        Assert.Equal(["II.B.2"], content.Themes.Select(t => t.Section.Id));
    }

    [Fact]
    public void Select_KeepsEveryThemeBelowAParent_WhenThemesNameIt()
    {
        var content = Select(BriefProfile.Full with { Name = "all-b", Themes = ["II.B"] });

        Assert.Equal(["II.B.2", "II.B.7"], content.Themes.Select(t => t.Section.Id));
    }

    [Fact]
    public void Select_KeepsOnlyTaggedStatementsAndAsks_WhenAGroupIsChosen()
    {
        var content = Select(BriefProfile.Full with { Name = "children", Groups = ["children"] });

        Assert.Equal(["R21.1"], content.AllRecommendations.Select(r => r.Id));
        Assert.All(content.Themes.SelectMany(t => t.Statements), s => Assert.Contains("children", s.AffectedGroups));
        Assert.Equal(["JS4", "BF"], content.Stakeholders.Select(s => s.Abbreviation));
    }

    [Fact]
    public void Select_KeepsOneStakeholdersWords_WhenAStakeholderIsChosenByName()
    {
        var content = Select(BriefProfile.Full with { Name = "wcadp", Stakeholders = ["World Coalition against the Death Penalty"] });

        Assert.Equal(["II.B.2"], content.Themes.Select(t => t.Section.Id));
        Assert.All(content.Themes.SelectMany(t => t.Statements), s => Assert.Equal(["WCADP"], s.Stakeholders));
    }

    [Fact]
    public void Select_PutsSpecificActionsFirst_WhenOrderedByActionCategory()
    {
        var content = Select(BriefProfile.Full with { Name = "by-category", Order = BriefOrder.ByActionCategory });

        Assert.Equal([ActionCategory.Specific, ActionCategory.General], content.KeyAsks.Select(r => r.ActionCategory));
    }

    [Fact]
    public void Select_LeavesOutConcerns_WhenTheProfileExcludesThem()
    {
        var content = Select(BriefProfile.Full with { Name = "no-concerns", Include = new IncludedContent(Concerns: false) });

        Assert.DoesNotContain(content.Themes.SelectMany(t => t.Statements), s => s.Kind == StatementKind.Concern);
    }

    [Theory]
    [InlineData("themes", "Right to water", "theme 'Right to water'")]
    [InlineData("stakeholders", "XYZ", "stakeholder 'XYZ'")]
    [InlineData("groups", "pirates", "affected group 'pirates'")]
    [InlineData("groups", "older-persons", "affected group 'older-persons' is not mentioned")]
    public void Select_NamesWhatIsMissing_WhenTheProfileAsksForSomethingTheSummaryLacks(string field, string value, string expected)
    {
        var profile = field switch
        {
            "themes" => BriefProfile.Full with { Name = "bad", Themes = [value] },
            "stakeholders" => BriefProfile.Full with { Name = "bad", Stakeholders = [value] },
            _ => BriefProfile.Full with { Name = "bad", Groups = [value] },
        };

        var error = Assert.Throws<InputException>(() => Select(profile));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("bad.yaml: ", error.Message);
    }
}
