using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Reference;

/// <summary>
/// The first version of the reference document's styles: a sober factsheet look, Arial headings in
/// the brand colour (theme accent 1) over an 11 pt Times New Roman body, as UN documents are set.
/// </summary>
internal static class ReferenceStyles
{
    /// <summary>The default brand colour; profiles replace theme accent 1 with their own.</summary>
    public const string Brand = "1F4E79";
    private const string Text = "262626";
    private const string Muted = "595959";
    private const string Rule = "BFBFBF";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts
                {
                    AsciiTheme = ThemeFontValues.MinorHighAnsi, HighAnsiTheme = ThemeFontValues.MinorHighAnsi,
                    EastAsiaTheme = ThemeFontValues.MinorEastAsia, ComplexScriptTheme = ThemeFontValues.MinorBidi,
                },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB", EastAsia = "en-US", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph(WordStyles.Normal, "Normal", basedOn: null, next: null,
            new StyleParagraphProperties(new WidowControl()),
            new StyleRunProperties(new Color { Val = Text })).Default(),
        Paragraph(WordStyles.Title, "Title", WordStyles.Normal, WordStyles.Normal,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "0", After = "80", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new ContextualSpacing()),
            new StyleRunProperties(
                MajorFont(), new Bold(), BrandColor(), new Kern { Val = 28U },
                new FontSize { Val = "52" }, new FontSizeComplexScript { Val = "52" })),
        Paragraph(WordStyles.Subtitle, "Subtitle", WordStyles.Normal, WordStyles.Normal,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(
                MajorFont(), new Color { Val = Muted },
                new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" })),
        Paragraph(WordStyles.Kicker, "Brief Kicker", WordStyles.Normal, WordStyles.Title,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(
                MajorFont(), new Bold(), new Caps(), BrandColor(), new Spacing { Val = 10 },
                new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(WordStyles.Facts, "Brief Facts", WordStyles.Normal, WordStyles.Normal,
            new StyleParagraphProperties(
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 8U, Space = 6U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 },
                    new BottomBorder { Val = BorderValues.Single, Size = 8U, Space = 6U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 }),
                new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(
                MajorFont(), new Color { Val = Muted },
                new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Heading(WordStyles.Heading1, "heading 1", level: 0, size: "28", before: "360", ruled: true),
        Heading(WordStyles.Heading2, "heading 2", level: 1, size: "24", before: "240", ruled: false),
        Heading(WordStyles.Heading3, "heading 3", level: 2, size: "22", before: "200", ruled: false),
        Paragraph(WordStyles.ListNumber, "List Number", WordStyles.Normal, WordStyles.ListNumber,
            new StyleParagraphProperties(
                new KeepNext(),
                new NumberingProperties(new NumberingId { Val = ReferenceNumbering.NumberedList }),
                new SpacingBetweenLines { After = "40" })),
        Paragraph(WordStyles.ListBullet, "List Bullet", WordStyles.Normal, WordStyles.ListBullet,
            new StyleParagraphProperties(
                new NumberingProperties(new NumberingId { Val = ReferenceNumbering.BulletList }),
                new SpacingBetweenLines { After = "40" })),
        Paragraph(WordStyles.AskDetails, "Ask Details", WordStyles.Normal, WordStyles.ListNumber,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "180" },
                new Indentation { Left = "425" }),
            new StyleRunProperties(
                MajorFont(), new Color { Val = Muted },
                new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        Paragraph(WordStyles.TableText, "Table Text", WordStyles.Normal, WordStyles.TableText,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })),
        Paragraph(WordStyles.TableHeading, "Table Heading", WordStyles.TableText, WordStyles.TableText,
            new StyleParagraphProperties(new KeepNext()),
            new StyleRunProperties(
                MajorFont(), new Bold(), BrandColor(),
                new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        Paragraph(WordStyles.SourceNote, "Source Note", WordStyles.Normal, WordStyles.SourceNote,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "120", After = "0" }),
            new StyleRunProperties(
                new Color { Val = Muted }, new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })),
        Paragraph(WordStyles.FootnoteText, "footnote text", WordStyles.Normal, WordStyles.FootnoteText,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        Paragraph(WordStyles.Header, "header", WordStyles.Normal, WordStyles.Header,
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 4U, Color = Rule }),
                new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(
                MajorFont(), new Color { Val = Muted }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        Paragraph(WordStyles.Footer, "footer", WordStyles.Normal, WordStyles.Footer,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(
                MajorFont(), new Color { Val = Muted }, new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
        new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true,
        },
        Character(WordStyles.FootnoteReference, "footnote reference",
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
        Character(WordStyles.Strong, "Strong", new StyleRunProperties(new Bold(), new BoldComplexScript())),
        TableNormal(),
        BriefTable(),
        new Style(new StyleName { Val = "No List" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Numbering, StyleId = "NoList", Default = true,
        });

    private static Style Heading(string id, string name, int level, string size, string before, bool ruled)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new KeepLines());
        if (ruled)
            paragraph.Append(new ParagraphBorders(
                new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 2U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 }));
        paragraph.Append(
            new SpacingBetweenLines { Before = before, After = "120" },
            new OutlineLevel { Val = level });
        return Paragraph(id, name, WordStyles.Normal, WordStyles.Normal, paragraph,
            new StyleRunProperties(
                MajorFont(), new Bold(), new BoldComplexScript(), BrandColor(),
                new FontSize { Val = size }, new FontSizeComplexScript { Val = size }));
    }

    // Word's built-in "Table Normal": cell margins every other table style builds on.
    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table, StyleId = WordStyles.TableNormal, Default = true,
    };

    // The recommendations grid: brand rules above and below, hairlines between rows, a tinted header.
    private static Style BriefTable() => new(
        new StyleName { Val = "Brief Table" },
        new BasedOn { Val = WordStyles.TableNormal },
        new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 },
                new BottomBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = Rule }),
            new TableCellMarginDefault(
                new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
        new TableStyleProperties(
            new RunPropertiesBaseStyle(new Bold(), new Color { Val = Brand, ThemeColor = ThemeColorValues.Accent1 }),
            new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
            new TableStyleConditionalFormattingTableCellProperties(
                new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 8U, Space = 0U, Color = Brand, ThemeColor = ThemeColorValues.Accent1 }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D2DCE4", ThemeFill = ThemeColorValues.Accent1, ThemeFillTint = "33" }))
        {
            Type = TableStyleOverrideValues.FirstRow,
        })
    {
        Type = StyleValues.Table, StyleId = WordStyles.BriefTable, CustomStyle = true,
    };

    private static Style Paragraph(string id, string name, string? basedOn, string? next,
        StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (next is not null) style.Append(new NextParagraphStyle { Val = next });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        if (id.StartsWith("Brief", StringComparison.Ordinal) || id is WordStyles.AskDetails or WordStyles.TableText
            or WordStyles.TableHeading or WordStyles.SourceNote)
            style.CustomStyle = true;
        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new PrimaryStyle(), run) { Type = StyleValues.Character, StyleId = id };

    private static Style Default(this Style style)
    {
        style.Default = true;
        return style;
    }

    private static RunFonts MajorFont() => new()
    {
        AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi,
        ComplexScriptTheme = ThemeFontValues.MajorBidi,
    };

    private static Color BrandColor() => new() { Val = Brand, ThemeColor = ThemeColorValues.Accent1 };
}
