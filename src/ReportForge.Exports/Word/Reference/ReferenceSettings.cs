using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Reference;

/// <summary>Document settings and font table of the reference document.</summary>
internal static class ReferenceSettings
{
    public static Settings Create() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = -1 },
            new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(
            new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
        new ThemeFontLanguages { Val = "en-GB" },
        new ColorSchemeMapping
        {
            Background1 = ColorSchemeIndexValues.Light1, Text1 = ColorSchemeIndexValues.Dark1,
            Background2 = ColorSchemeIndexValues.Light2, Text2 = ColorSchemeIndexValues.Dark2,
            Accent1 = ColorSchemeIndexValues.Accent1, Accent2 = ColorSchemeIndexValues.Accent2,
            Accent3 = ColorSchemeIndexValues.Accent3, Accent4 = ColorSchemeIndexValues.Accent4,
            Accent5 = ColorSchemeIndexValues.Accent5, Accent6 = ColorSchemeIndexValues.Accent6,
            Hyperlink = ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = ColorSchemeIndexValues.FollowedHyperlink,
        },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });

    public static Fonts FontTable() => new(
        Font("Times New Roman", "02020603050405020304", FontFamilyValues.Roman),
        Font("Arial", "020B0604020202020204", FontFamilyValues.Swiss));

    private static Font Font(string name, string panose, FontFamilyValues family) => new(
        new Panose1Number { Val = panose },
        new FontCharSet { Val = "00" },
        new FontFamily { Val = family },
        new Pitch { Val = FontPitchValues.Variable })
    {
        Name = name,
    };
}
