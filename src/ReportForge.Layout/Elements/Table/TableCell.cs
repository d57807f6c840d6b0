namespace ReportForge.Layout.Elements.Table;

/// <summary>A table cell: its place in the grid and whether its content is finished on earlier pages.</summary>
internal sealed class TableCell : ContainerElement
{
    /// <summary>Zero-based row; -1 until placed.</summary>
    public int Row { get; set; } = -1;
    /// <summary>Zero-based column; -1 until placed.</summary>
    public int Column { get; set; } = -1;
    public int RowSpan { get; init; } = 1;
    public int ColumnSpan { get; init; } = 1;
    public bool IsHeader { get; init; }
    public bool IsRendered { get; set; }

    public override void ResetState() => IsRendered = false;
}
