using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;

namespace ReportForge.Core.Tests.Tailoring;

public sealed class ProfileFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-profiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadAll_ReadsTheShippedProfiles_WithFullFirst()
    {
        var templates = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

        var names = templates.Profiles.Select(p => p.Name).ToList();

        Assert.Equal("full", names[0]);
        Assert.Contains("justice-and-detention", names);
        Assert.Contains("children", names);
        Assert.Contains("amnesty-international", names);
        Assert.Equal(["children"], templates.Profile("children").Groups);
        Assert.Equal(PaperSize.Letter, templates.Profile("amnesty-international").Paper);
        Assert.Equal(BriefOrder.ByActionCategory, templates.Profile("justice-and-detention").Order);
    }

    [Fact]
    public void Load_ReadsEveryField()
    {
        var path = Write("meeting.yaml", """
            title: Meeting brief
            audience: Ministry
            purpose: A purpose
            themes: [II.B.2]
            stakeholders: [AI, HRW]
            groups: [women]
            include: { concerns: false, observations: true, positive: false, recommendations: true }
            order: by-action-category
            paper: a3
            orientation: landscape
            brand-color: "#aa0000"
            logo: brand/logo.png
            """);

        var p = ProfileFile.Load(path);

        Assert.Equal("meeting", p.Name);
        Assert.Equal(("Meeting brief", "Ministry", "A purpose"), (p.Title, p.Audience, p.Purpose));
        Assert.Equal(["II.B.2"], p.Themes);
        Assert.Equal(["AI", "HRW"], p.Stakeholders);
        Assert.Equal(new IncludedContent(Concerns: false, Positive: false), p.Include);
        Assert.Equal((BriefOrder.ByActionCategory, PaperSize.A3, PaperOrientation.Landscape), (p.Order, p.Paper, p.Orientation));
        Assert.Equal("#AA0000", p.BrandColor);
        Assert.Equal("brand/logo.png", p.Logo);
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenTheYamlIsMalformed()
    {
        var path = Write("broken.yaml", "title: ok\nthemes: [unclosed\n");

        var error = Assert.Throws<InputException>(() => ProfileFile.Load(path));

        Assert.Contains("broken.yaml:", error.Message);
        Assert.True(error.Line >= 2);
    }

    [Theory]
    [InlineData("paper: b5", "paper: 'b5' is not one of a4, letter, a3")]
    [InlineData("brand-color: blue", "brand-color: 'blue'")]
    [InlineData("order: random", "order: 'random'")]
    public void Load_ExplainsTheAllowedValues_WhenAFieldIsWrong(string line, string expected)
    {
        var path = Write("wrong.yaml", line);

        var error = Assert.Throws<InputException>(() => ProfileFile.Load(path));

        Assert.Contains(expected, error.Message);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
