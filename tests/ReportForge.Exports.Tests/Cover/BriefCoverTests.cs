using ReportForge.Exports.Cover;
using ReportForge.Exports.Tests.Support;
using ReportForge.Exports.Tests.Word;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Cover;

/// <summary>The PDF brief's cover and the Word brief's title block show the same facts of one <see cref="BriefCover"/>.</summary>
public sealed class BriefCoverTests
{
    [Theory]
    [InlineData("full")]
    [InlineData("justice-and-detention")]
    public void PdfCoverAndWordTitleBlock_ShowTheSameBriefCountryAndAudience(string profile)
    {
        var content = SampleBriefs.Content(profile);
        var cover = BriefCover.Of(content);
        var pdfCover = SampleBriefs.Of(profile).Pages[0];
        var theme = content.Themes.First(t => t.Recommendations.Count > 0).Section.Id;
        using var word = WordBriefFile.Render(new WordBriefRenderer(SampleBriefs.Templates), content, theme);

        Assert.Contains(cover.BriefTitle, Flat(pdfCover));
        Assert.Contains(cover.Country, pdfCover);
        Assert.Contains($"Brief: {cover.BriefTitle}", word.Paragraphs);
        Assert.Contains($"Country: {cover.Country}", word.Paragraphs);
        Assert.NotNull(cover.PreparedFor);
        Assert.Contains(Flat(cover.PreparedFor), Flat(pdfCover));
        Assert.Contains($"Prepared for: {cover.PreparedFor}", word.Paragraphs);
        Assert.Contains(cover.SourceName, Flat(pdfCover));
    }

    [Fact]
    public void Of_NamesNoAudience_WhenTheProfileHasNone()
    {
        var content = SampleBriefs.Content(SampleBriefs.Templates.Profile("full") with { Audience = "  " });

        Assert.Null(BriefCover.Of(content).PreparedFor);
    }

    /// <summary>Text as one line: the cover wraps long values.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
