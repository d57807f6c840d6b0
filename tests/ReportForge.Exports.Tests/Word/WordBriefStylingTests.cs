using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

public sealed class WordBriefStylingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("reportforge-word-").FullName;

    [Fact]
    public void Render_CopiesStylesListsThemeAndFonts_FromTheReferenceDocument()
    {
        var reference = TemplateSet.Open().WordReferenceDocument;
        using var brief = WordBriefFile.Render(new WordBriefRenderer(reference), WordSampleContent.Content(), WordSampleContent.EqualityTheme);
        using var source = WordprocessingDocument.Open(reference, isEditable: false);

        Assert.Equal(StyleIds(source.MainDocumentPart!), StyleIds(brief.Main));
        Assert.NotNull(brief.Main.NumberingDefinitionsPart);
        Assert.NotNull(brief.Main.ThemePart);
        Assert.NotNull(brief.Main.FontTablePart);
        Assert.NotNull(brief.Main.DocumentSettingsPart!.Settings.GetFirstChild<FootnoteDocumentWideProperties>());
    }

    [Fact]
    public void Render_ShowsAColourChangedInTheReferenceDocument()
    {
        var reference = CopyOfReference(styles =>
        {
            var color = Style(styles, "Heading1").StyleRunProperties!.GetFirstChild<Color>()!;
            color.Val = "C00000";
            color.ThemeColor = null;
        });

        using var brief = WordBriefFile.Render(new WordBriefRenderer(reference), WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        var heading = Style(brief.Main.StyleDefinitionsPart!.Styles!, "Heading1");
        Assert.Equal("C00000", heading.StyleRunProperties!.GetFirstChild<Color>()!.Val!.Value);
        Assert.Empty(brief.ValidationErrors());
    }

    [Fact]
    public void Render_ShowsAFontSizeChangedInTheReferenceDocument()
    {
        var reference = CopyOfReference(styles =>
            Style(styles, "Normal").StyleRunProperties!.Append(new FontSize { Val = "24" }));

        using var brief = WordBriefFile.Render(new WordBriefRenderer(reference), WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Equal("24", Style(brief.Main.StyleDefinitionsPart!.Styles!, "Normal").StyleRunProperties!.GetFirstChild<FontSize>()!.Val!.Value);
    }

    [Fact]
    public void Render_PaintsTheProfileBrandColour_IntoAccentOneAndTheStylesTiedToIt()
    {
        var profile = BriefProfile.Full with { BrandColor = "#7A1F1F" };

        using var brief = WordBriefFile.Render(new WordBriefRenderer(TemplateSet.Open()), WordSampleContent.Content(profile), WordSampleContent.EqualityTheme);

        var styles = brief.Main.StyleDefinitionsPart!.Styles!;
        Assert.Equal("7A1F1F", Style(styles, "Heading1").StyleRunProperties!.GetFirstChild<Color>()!.Val!.Value);
        Assert.Equal("7A1F1F", Style(styles, "Title").StyleRunProperties!.GetFirstChild<Color>()!.Val!.Value);
        var accent1 = brief.Main.ThemePart!.Theme.ThemeElements!.ColorScheme!.Accent1Color!;
        Assert.Equal("7A1F1F", accent1.RgbColorModelHex!.Val!.Value);
        // The table header's tint follows the brand too, for readers that ignore theme colours.
        var tint = Style(styles, "BriefTable").Descendants<Shading>().Single().Fill!.Value;
        Assert.Equal("E4D2D2", tint);
    }

    [Fact]
    public void Render_DropsReferenceSettings_ThatPointOutsideTheBrief()
    {
        var reference = CopyOfReference(_ => { }, settings =>
            settings.InsertAt(new AttachedTemplate { Id = "rIdTemplate" }, 1));

        using var brief = WordBriefFile.Render(new WordBriefRenderer(reference), WordSampleContent.Content(), WordSampleContent.EqualityTheme);

        Assert.Null(brief.Main.DocumentSettingsPart!.Settings.GetFirstChild<AttachedTemplate>());
        Assert.Empty(brief.ValidationErrors());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string CopyOfReference(Action<Styles> restyle, Action<Settings>? resettle = null)
    {
        var path = Path.Combine(_directory, "reference.docx");
        File.Copy(TemplateSet.Open().WordReferenceDocument, path, overwrite: true);
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var main = document.MainDocumentPart!;
        restyle(main.StyleDefinitionsPart!.Styles!);
        main.StyleDefinitionsPart.Styles!.Save();
        if (resettle is not null)
        {
            resettle(main.DocumentSettingsPart!.Settings);
            main.DocumentSettingsPart.Settings.Save();
        }
        return path;
    }

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    private static IEnumerable<string> StyleIds(MainDocumentPart main) =>
        main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value!);
}
