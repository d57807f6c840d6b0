using ReportForge.Core.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>The recommendations as a grid in the reference document's Brief Table style.</summary>
internal static class RecommendationTable
{
    // Share of the text width per column: No., Recommendation, Made by, Action, Affected groups.
    private static readonly double[] Shares = [0.06, 0.46, 0.20, 0.13, 0.15];
    private static readonly string[] Headings = ["No.", "Recommendation", "Made by", "Action", "Affected groups"];

    public static Table Create(WordBriefContext context)
    {
        var widths = Widths(context.Page.TextWidth);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.BriefTable },
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        table.Append(Row(widths, header: true, Headings.Select(h => Cell(WordStyles.TableHeading, WordText.Run(h))).ToArray()));
        var number = 0;
        foreach (var recommendation in context.Theme.Recommendations)
        {
            number++;
            table.Append(Row(widths, header: false,
                Cell(WordStyles.TableText, WordText.Run(number.ToString(CultureInfo.InvariantCulture) + ".")),
                Cell(WordStyles.TableText, WordText.Run(BriefWording.Ask(recommendation)), RecommendationBlocks.Footnote(context, recommendation)),
                Cell(WordStyles.TableText, WordText.Run(RecommendationBlocks.MadeBy(context, recommendation))),
                Cell(WordStyles.TableText, WordText.Run(recommendation.ActionCategory.NumberedLabel())),
                Cell(WordStyles.TableText, WordText.Run(RecommendationBlocks.Groups(context, recommendation) ?? "—"))));
        }
        return table;
    }

    private static int[] Widths(int textWidth) => Shares.Select(s => (int)(textWidth * s)).ToArray();

    // Header rows repeat on every page and rows never split, so an ask and its maker stay together.
    private static TableRow Row(int[] widths, bool header, params Paragraph[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        return new TableRow(new OpenXmlElement[] { properties }.Concat(cells.Select((paragraph, i) => new TableCell(
            new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
            paragraph))));
    }

    private static Paragraph Cell(string style, params OpenXmlElement[] content) => WordText.Paragraph(style, content);

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
