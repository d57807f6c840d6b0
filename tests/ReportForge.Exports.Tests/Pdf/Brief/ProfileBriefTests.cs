using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Pdf.Brief;

/// <summary>Each shipped profile's brief holds what the profile selects, and nothing else.</summary>
public class ProfileBriefTests
{
    private static Summary Sample => SampleBriefs.Source.Summary;

    [Fact]
    public void JusticeBrief_HasItsThemes_AndNoEducationTheme()
    {
        var brief = SampleBriefs.Of("justice-and-detention");
        Assert.True(brief.Contains("2. Right to life, liberty and security of the person"));
        Assert.True(brief.Contains("3. Administration of justice, including impunity, and the rule of law"));
        Assert.False(brief.Contains("Right to education"));
        Assert.False(brief.Contains("Equality and non-discrimination"));
        Assert.True(brief.Contains("Justice and detention brief"));
        Assert.True(brief.Contains("Ministry of Justice"));
    }

    [Fact]
    public void ChildrensBrief_HoldsOnlyTheAsksTaggedChildren()
    {
        var brief = SampleBriefs.Of("children");
        var (tagged, untagged) = Split(Sample.Recommendations, r => r.AffectedGroups.Contains("children"));
        Assert.NotEmpty(tagged);
        Assert.All(tagged, r => Assert.True(brief.Contains(r.Text), $"missing {r.Id}"));
        Assert.All(untagged, r => Assert.False(brief.Contains(r.Text), $"{r.Id} is not about children"));
        Assert.True(brief.Contains("Affected groups Children"));
    }

    [Fact]
    public void AmnestyBrief_HoldsOnlyAmnestyInternationalsStatementsAndAsks()
    {
        var brief = SampleBriefs.Of("amnesty-international");
        var (asks, others) = Split(Sample.Recommendations, r => r.Stakeholders.Contains("AI"));
        Assert.NotEmpty(asks);
        Assert.All(asks, r => Assert.True(brief.Contains(r.Text), $"missing {r.Id}"));
        Assert.All(others, r => Assert.False(brief.Contains(r.Text), $"{r.Id} is not Amnesty International's"));

        var (statements, elsewhere) = Split(Sample.Statements.Where(s => s.Kind != StatementKind.Recommendation), s => s.Stakeholders.Contains("AI"));
        Assert.All(statements, s => Assert.True(brief.Contains(s.Text), $"missing ¶{s.Paragraph} “{s.Text}”"));
        Assert.All(elsewhere.Where(s => s.Text.Length > 40), s => Assert.False(brief.Contains(s.Text), $"¶{s.Paragraph} “{s.Text}” is not Amnesty International's"));
    }

    [Fact]
    public void AmnestyBrief_IsPrintedOnLetterPaper()
    {
        using var document = SampleBriefs.Of("amnesty-international").Open();
        Assert.All(document.GetPages(), p => Assert.Equal((612, 792), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
    }

    [Fact]
    public void LandscapeA3Profile_GivesLandscapeA3Pages()
    {
        var profile = SampleBriefs.Templates.Profile("justice-and-detention") with { Paper = PaperSize.A3, Orientation = PaperOrientation.Landscape };
        var brief = SampleBriefs.Render(SampleBriefs.Content(profile));
        using var document = brief.Open();
        Assert.All(document.GetPages(), p => Assert.Equal((1191, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
    }

    [Fact]
    public void AdHocBrief_IsTitledTailoredBrief_AndItsCoverDescribesTheSelection()
    {
        var profile = AdHocProfile.From(["II.B.2"], ["AI"], [])!;
        var brief = SampleBriefs.Render(SampleBriefs.Content(profile));
        var cover = RenderedBrief.Normalise(brief.Pages[0]);
        Assert.Contains("tailored brief", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("ii.b.2", cover, StringComparison.Ordinal);
        Assert.Contains("themes right to life, liberty and security of the person", cover, StringComparison.Ordinal);
        Assert.Contains("stakeholders amnesty international (ai)", cover, StringComparison.Ordinal);
        Assert.All(Sample.Recommendations.Where(r => r.SectionId == "II.B.2" && r.Stakeholders.Contains("AI")),
            r => Assert.True(brief.Contains(r.Text), $"missing {r.Id}"));
        Assert.False(brief.Contains("Administration of justice, including impunity"));
    }

    [Fact]
    public void Brief_WithALogo_DrawsItOnTheCover()
    {
        using var folder = new Pipeline.TempFolder();
        var logo = Path.Combine(folder.Path, "logo.png");
        File.WriteAllBytes(logo, SolidPng(40, 20));
        var relative = Path.GetRelativePath(SampleBriefs.Templates.Root, logo);
        var profile = SampleBriefs.Templates.Profile("children") with { Logo = relative };
        var withLogo = SampleBriefs.Render(SampleBriefs.Content(profile));
        using var document = withLogo.Open();
        Assert.Single(document.GetPage(1).GetImages());
    }

    private static (List<T> Kept, List<T> Others) Split<T>(IEnumerable<T> items, Func<T, bool> kept)
    {
        var list = items.ToList();
        return (list.Where(kept).ToList(), list.Where(i => !kept(i)).ToList());
    }

    /// <summary>A small PNG in the brand blue.</summary>
    private static byte[] SolidPng(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(new SkiaSharp.SKColor(0x1F, 0x4E, 0x79));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
