using System.Globalization;
using ClosedXML.Excel;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Excel;

/// <summary>
/// The States to meet, ranked by how many of the matrix's asks they made similar recommendations on before,
/// with what the State under review answered them. Added only when the export was given recommendations datasets.
/// </summary>
internal static class StatesSheet
{
    public const string Name = "States";
    public const string TableName = "RecommendingStates";

    private static readonly string[] Headers = ["Rank", "State", "Asks matched", "Supported", "Noted", "Asks", "Earlier recommendations"];

    public static void Add(XLWorkbook workbook, MatrixContext context)
    {
        if (!context.Content.HasEarlier) return;
        var sheet = workbook.AddWorksheet(Name);
        var numbers = context.Rows.Select((r, i) => (r, i)).ToDictionary(x => x.r.Id, x => x.r.Number, StringComparer.Ordinal);
        var rows = StateChampions.Rank(context.Content).Select((s, i) => Describe(s, i + 1, numbers)).ToList();
        double[] widths =
        [
            6, ColumnWidths.Fit(Headers[1], rows.Select(r => r.State), 12, 30), 10, 10, 8,
            ColumnWidths.Fit(Headers[5], rows.Select(r => r.Asks), 12, 30),
            ColumnWidths.Fit(Headers[6], rows.Select(r => r.Earlier), 40, 80),
        ];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            SheetStyles.Body(sheet.Column(c + 1));
            CellText.Set(sheet.Cell(1, c + 1), Headers[c]);
        }
        SheetStyles.Header(sheet.Range(1, 1, 1, widths.Length), context.Brand);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = sheet.Row(i + 2);
            var r = rows[i];
            row.Cell(1).SetValue(r.Rank);
            CellText.Set(row.Cell(2), r.State);
            row.Cell(3).SetValue(r.AsksMatched);
            row.Cell(4).SetValue(r.Supported);
            row.Cell(5).SetValue(r.Noted);
            CellText.Set(row.Cell(6), r.Asks);
            CellText.Set(row.Cell(7), r.Earlier);
            row.Height = RowHeights.ForLines(Math.Max(RowHeights.Lines(r.Earlier, widths[6]), RowHeights.Lines(r.Asks, widths[5])), context.Options.FontSize);
        }
        var body = sheet.Range(1, 1, Math.Max(2, rows.Count + 1), widths.Length);
        var table = body.CreateTable(TableName);
        table.Theme = XLTableTheme.TableStyleLight1;
        table.ShowRowStripes = false;
        sheet.SheetView.FreezeRows(1);
        PrintSetup.Apply(sheet, body, context.Content.Profile.Paper, context.Print(headerRows: 1, gridlines: true));
    }

    private sealed record StateLine(int Rank, string State, int AsksMatched, int Supported, int Noted, string Asks, string Earlier);

    private static StateLine Describe(StateChampion state, int rank, IReadOnlyDictionary<string, int> numbers) => new(
        rank, state.State, state.Asks.Count, state.Supported, state.Noted,
        string.Join(", ", state.Asks.Select(a => numbers.TryGetValue(a.Ask.Id, out var n) ? "#" + n.ToString(CultureInfo.InvariantCulture) : a.Ask.Id)),
        string.Join("\n", state.Asks.SelectMany(a => a.Earlier).Distinct().Select(e => $"{e.Text} ({(e.Session is { } s ? "session " + s.ToString(CultureInfo.InvariantCulture) + ", " : "")}{e.Response})")));
}
