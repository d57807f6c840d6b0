using ClosedXML.Excel;
using ReportForge.Exports.Matrix;

namespace ReportForge.Exports.Excel;

/// <summary>
/// What keeps the fill-in columns tidy during a meeting: drop-down lists for priority and status,
/// a date check on the follow-up date, and colours that make priority and status readable at a glance.
/// </summary>
internal static class FillInRules
{
    // Excel's own good / neutral / bad cell styles, so the colours look familiar.
    private static readonly (string Fill, string Font)[] PriorityColours =
    [
        ("#FFC7CE", "#9C0006"),
        ("#FFEB9C", "#9C5700"),
        ("#C6EFCE", "#006100"),
    ];

    private static readonly (string Fill, string Font)[] StatusColours =
    [
        ("#EDEDED", "#3A3A3A"),
        ("#FFEB9C", "#9C5700"),
        ("#DDEBF7", "#1F4E79"),
        ("#C6EFCE", "#006100"),
        ("#F2F2F2", "#808080"),
    ];

    /// <summary>The earliest follow-up date accepted; anything before is a typing mistake.</summary>
    private static readonly DateTime EarliestDate = new(2000, 1, 1);

    public static void Apply(IXLWorksheet sheet, int firstRow, int lastRow, ExcelMatrixOptions options)
    {
        var priority = sheet.Range(firstRow, MatrixColumns.Priority, lastRow, MatrixColumns.Priority);
        var status = sheet.Range(firstRow, MatrixColumns.Status, lastRow, MatrixColumns.Status);
        var date = sheet.Range(firstRow, MatrixColumns.FollowUpDate, lastRow, MatrixColumns.FollowUpDate);

        AddList(priority, "Priority", options.Priorities);
        AddList(status, "Status", options.Statuses);
        AddDate(date);
        AddColours(priority, options.Priorities, PriorityColours);
        AddColours(status, options.Statuses, StatusColours);
    }

    private static void AddList(IXLRange range, string title, IReadOnlyList<string> choices)
    {
        var validation = range.SetDataValidation();
        validation.List(InlineList(choices), true);
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = title;
        validation.ErrorMessage = $"Choose one of: {string.Join(", ", choices)}.";
        validation.InputTitle = title;
        validation.InputMessage = "Pick from the list.";
    }

    private static void AddDate(IXLRange range)
    {
        var validation = range.SetDataValidation();
        validation.Date.EqualOrGreaterThan(EarliestDate);
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
        validation.ErrorTitle = "Follow-up date";
        validation.ErrorMessage = "Enter a date on or after 2000-01-01, for example 2025-03-31.";
        validation.InputTitle = "Follow-up date";
        validation.InputMessage = "A date, for example 2025-03-31.";
    }

    /// <summary>An inline list formula: <c>"High,Medium,Low"</c>, quotes included, as Excel stores it.</summary>
    internal static string InlineList(IReadOnlyList<string> choices)
    {
        foreach (var choice in choices)
        {
            if (choice.Length == 0 || choice.Contains(',') || choice.Contains('"'))
                throw new ArgumentException($"Drop-down choice '{choice}' must be non-empty and hold no comma or quote.", nameof(choices));
        }
        var list = "\"" + string.Join(",", choices) + "\"";
        // Excel refuses inline lists longer than 255 characters.
        return list.Length <= 257
            ? list
            : throw new ArgumentException("Drop-down choices exceed Excel's 255 characters.", nameof(choices));
    }

    private static void AddColours(IXLRange range, IReadOnlyList<string> choices, (string Fill, string Font)[] palette)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var (fill, font) = palette[i % palette.Length];
            var style = range.AddConditionalFormat().WhenEquals(choices[i]);
            style.Fill.SetBackgroundColor(XLColor.FromHtml(fill));
            style.Font.SetFontColor(XLColor.FromHtml(font));
        }
    }
}
