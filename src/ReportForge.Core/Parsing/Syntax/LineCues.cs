namespace ReportForge.Core.Parsing.Syntax;

/// <summary>How a whole line is set, as far as its reader can tell.</summary>
[Flags]
internal enum LineStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
}

/// <summary>
/// Typographic facts a reader records on a line: the PDF reader knows the page, the style and size
/// of the type and which digits are raised; the text reader knows none of them (<see cref="None"/>).
/// Later passes use a cue where it is present and fall back on the line's shape where it is not.
/// </summary>
/// <param name="Page">1-based page, 0 when unknown.</param>
/// <param name="Style">Bold or italic when every letter of the line is.</param>
/// <param name="FontSize">The body size of the line in points, 0 when unknown.</param>
/// <param name="Raised">Character ranges of <see cref="SourceLine.Text"/> set as raised (superscript) digits.</param>
internal sealed record LineCues(int Page, LineStyle Style, double FontSize, IReadOnlyList<Range> Raised)
{
    public static LineCues None { get; } = new(0, LineStyle.Regular, 0, []);

    public bool IsKnown => Page > 0;

    /// <summary>The cues of the part of the line from <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
    public LineCues Slice(int start, int length, int textLength)
    {
        if (Raised.Count == 0) return this;
        var kept = new List<Range>();
        foreach (var r in Raised)
        {
            var (offset, count) = r.GetOffsetAndLength(textLength);
            var from = Math.Max(offset, start);
            var to = Math.Min(offset + count, start + length);
            if (to > from) kept.Add(new Range(from - start, to - start));
        }
        return this with { Raised = kept };
    }
}
