using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Reference;

/// <summary>The lists of the reference document: "1." for asks, a bullet for stakeholders.</summary>
internal static class ReferenceNumbering
{
    /// <summary>The numbering instance the List Number style points at.</summary>
    public const int NumberedList = 1;
    /// <summary>The numbering instance the List Bullet style points at.</summary>
    public const int BulletList = 2;

    public static Numbering Create() => new(
        new AbstractNum(
            new Nsid { Val = "5A1F0C01" },
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new ParagraphStyleIdInLevel { Val = WordStyles.ListNumber },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "425", Hanging = "425" }),
                new NumberingSymbolRunProperties(
                    new RunFonts
                    {
                        AsciiTheme = ThemeFontValues.MajorHighAnsi, HighAnsiTheme = ThemeFontValues.MajorHighAnsi,
                    },
                    new Bold(),
                    new Color { Val = ReferenceStyles.Brand, ThemeColor = ThemeColorValues.Accent1 }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new AbstractNum(
            new Nsid { Val = "5A1F0C02" },
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new ParagraphStyleIdInLevel { Val = WordStyles.ListBullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "284", Hanging = "284" }),
                new NumberingSymbolRunProperties(
                    new Color { Val = ReferenceStyles.Brand, ThemeColor = ThemeColorValues.Accent1 }))
            { LevelIndex = 0 })
        { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = NumberedList },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = BulletList });
}
