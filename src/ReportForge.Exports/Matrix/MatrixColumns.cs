namespace ReportForge.Exports.Matrix;

/// <summary>A column of the recommendation matrix, in the workbook and on paper alike.</summary>
/// <param name="Header">The header cell, which is also the workbook table's field name.</param>
/// <param name="MinWidth">Narrowest width in character units (the width of a '0'); fill-in columns keep room to write.</param>
/// <param name="MaxWidth">Widest width; longer text wraps.</param>
/// <param name="Value">The cell text of a row, or null for columns people fill in.</param>
internal sealed record MatrixColumn(string Header, double MinWidth, double MaxWidth, Func<MatrixRow, string>? Value)
{
    public bool IsFillIn => Value is null;
}

/// <summary>The matrix's columns, in order: what the summary says, then what the meeting decides.</summary>
internal static class MatrixColumns
{
    public static IReadOnlyList<MatrixColumn> All { get; } =
    [
        new("#", 4, 6, r => r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Theme", 12, 18, r => r.Theme),
        new("Recommendation", 30, 50, r => r.Recommendation),
        new("Stakeholders", 8, 12, r => r.Stakeholders),
        new("Target", 8, 14, r => r.Target),
        new("Action category", 10, 13, r => r.ActionCategory),
        new("Affected groups", 10, 16, r => r.AffectedGroups),
        new("Citation", 8, 12, r => r.Citation),
        new("Priority", 9, 9, null),
        new("Status", 13, 13, null),
        new("Responsible institution", 16, 16, null),
        new("Advocacy ask / talking point", 20, 20, null),
        new("Next step", 16, 16, null),
        new("Follow-up date", 11, 11, null),
        new("Notes", 16, 16, null),
    ];

    /// <summary>
    /// With recommendations datasets, "Recommended before by" (States, session, response) comes last, so the
    /// fill-in columns keep their places whether or not an export had datasets.
    /// </summary>
    public static MatrixColumn RecommendedBeforeBy { get; } = new("Recommended before by", 16, 36, r => r.RecommendedBefore);

    public static IReadOnlyList<MatrixColumn> For(bool withEarlier) => withEarlier ? [.. All, RecommendedBeforeBy] : All;

    /// <summary>1-based column number of "Recommended before by", when present.</summary>
    public const int RecommendedBefore = 16;

    /// <summary>1-based column numbers of the columns with special treatment.</summary>
    public const int Number = 1;
    public const int Theme = 2;
    public const int Recommendation = 3;
    public const int Stakeholders = 4;
    public const int Target = 5;
    public const int ActionCategory = 6;
    public const int AffectedGroups = 7;
    public const int Citation = 8;
    public const int Priority = 9;
    public const int Status = 10;
    public const int ResponsibleInstitution = 11;
    public const int NextStep = 13;
    public const int FollowUpDate = 14;

    /// <summary>Columns frozen at the left: number, theme and the ask stay in view while filling in.</summary>
    public const int Frozen = Recommendation;

    /// <summary>
    /// The printed matrix's columns, fewer by choice so that a landscape page holds them at a readable size:
    /// the theme becomes a band above its rows, the target (where it is not the country) and earlier
    /// recommendations a note under the ask, and one column of each kind is left to write in.
    /// </summary>
    public static IReadOnlyList<MatrixColumn> Printed { get; } =
    [
        .. new[]
        {
            Number, Recommendation, Stakeholders, ActionCategory, AffectedGroups, Citation,
            Priority, ResponsibleInstitution, NextStep,
        }.Select(number => All[number - 1]),
    ];

    /// <summary>The column at 1-based <paramref name="number"/>.</summary>
    public static MatrixColumn At(int number) => All[number - 1];
}
