using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Exports.Word.Parts;

namespace ReportForge.Exports.Word.Reference;

/// <summary>
/// The body of the reference document: one specimen of every style a brief uses, so whoever
/// restyles it in Word sees what each style is for.
/// </summary>
internal static class ReferenceSpecimen
{
    public static Body Create(FootnoteList footnotes)
    {
        var page = PageSetup.For(Core.Tailoring.BriefProfile.Full);
        return new Body(
            P(WordStyles.Kicker, "Universal Periodic Review · Country"),
            P(WordStyles.Title, "Reference document for Word briefs"),
            P(WordStyles.Subtitle, "Subtitle: the part and section the theme belongs to"),
            P(WordStyles.Facts, "Brief Facts: country, review, source and audience, one per line"),
            P(WordStyles.Facts, "A rule above and below groups these lines"),
            P(WordStyles.Heading1, "Heading 1: the situation, recommendations, stakeholders"),
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Normal }),
                WordText.Run("Normal: every statement of the situation is set in this style. Modify the styles of this "
                    + "document in Word (Home, Styles, Modify), keep their names, and save it as templates/word/reference.docx: "
                    + "every brief rendered afterwards takes its styles, lists, theme colours and fonts from it. "
                    + "Each statement ends with a footnote in the Footnote Text style."),
                footnotes.Add("Footnote Text: Summary of stakeholders' information, ¶ 17, fn 37.")),
            P(WordStyles.Heading2, "Heading 2"),
            P(WordStyles.Heading3, "Heading 3"),
            P(WordStyles.ListNumber, "List Number: one recommendation, the ask as the summary words it."),
            P(WordStyles.AskDetails, "Ask Details: made by, action category and affected groups."),
            P(WordStyles.ListNumber, "List Number: the next recommendation."),
            P(WordStyles.AskDetails, "Ask Details: the profile's brand colour replaces theme accent 1."),
            P(WordStyles.ListBullet, "List Bullet: a stakeholder's full name (CODE)"),
            P(WordStyles.ListBullet, "List Bullet: another stakeholder"),
            SpecimenTable(page.TextWidth),
            P(WordStyles.SourceNote, "Source Note: where the brief comes from and how to read its citations."),
            page.SectionProperties(HeaderFooterParts.HeaderId, HeaderFooterParts.FooterId));
    }

    private static Table SpecimenTable(int width)
    {
        var half = width / 2;
        return new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.BriefTable },
                new TableWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLook { FirstRow = true, NoVerticalBand = true, NoHorizontalBand = true, Val = "04A0" }),
            new TableGrid(new GridColumn { Width = half.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new GridColumn { Width = half.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            Row(half, WordStyles.TableHeading, "Brief Table: header row", "Table Heading"),
            Row(half, WordStyles.TableText, "Table Text: a recommendation", "Made by"));
    }

    private static TableRow Row(int cellWidth, string style, params string[] cells) =>
        new(cells.Select(text => new TableCell(
            new TableCellProperties(new TableCellWidth { Width = cellWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            P(style, text))));

    private static Paragraph P(string style, string text) => WordText.Paragraph(style, WordText.Run(text));
}
