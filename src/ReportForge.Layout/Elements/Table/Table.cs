using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Table;

/// <summary>
/// A grid of cells with column definitions, spans and header rows repeated on every page.
/// Rows are kept whole when they fit on a page (option), otherwise split; rows joined by a row span
/// move together.
/// </summary>
internal sealed class Table : Element
{
    readonly List<TableColumn> _columns = [];
    readonly List<TableCell> _headerCells = [];
    readonly List<TableCell> _bodyCells = [];
    List<TableCell>[] _cellsByRow = [];
    int[] _groupEnd = [];
    object[] _rowTags = [];
    int _headerRows;
    int _bodyRows;
    int _currentRow;
    bool _headerTagged;

    public bool KeepRowsTogether { get; set; } = true;
    public TableDecoration Decoration { get; } = new();

    public int ColumnCount => _columns.Count;

    public void AddColumn(TableColumn column) => _columns.Add(column);
    public void AddHeaderCell(TableCell cell) => _headerCells.Add(cell);
    public void AddBodyCell(TableCell cell) => _bodyCells.Add(cell);

    public override IEnumerable<Element> Children => _headerCells.Concat<Element>(_bodyCells);

    public override void Initialize(LayoutContext context, TextStyle inheritedStyle)
    {
        base.Initialize(context, inheritedStyle);
        if (_columns.Count == 0)
            throw new LayoutException("A table needs at least one column definition.");
        _headerRows = CellPlacer.Place(_headerCells, _columns.Count);
        _bodyRows = CellPlacer.Place(_bodyCells, _columns.Count);
        _cellsByRow = new List<TableCell>[_bodyRows];
        for (var r = 0; r < _bodyRows; r++)
            _cellsByRow[r] = [];
        foreach (var cell in _bodyCells.OrderBy(c => c.Row).ThenBy(c => c.Column))
            _cellsByRow[cell.Row].Add(cell);
        _groupEnd = RowGroups();
        _rowTags = Enumerable.Range(0, _bodyRows + _headerRows).Select(_ => new object()).ToArray();
    }

    public override void ResetState()
    {
        _currentRow = 0;
        _headerTagged = false;
    }

    public override SpacePlan Measure(Size available)
    {
        var plan = Plan(available);
        if (plan.WrapReason is not null)
            return SpacePlan.Wrap(plan.WrapReason);
        var size = new Size(available.Width, plan.Height);
        return plan.Finished ? SpacePlan.FullRender(size) : SpacePlan.PartialRender(size);
    }

    public override void Draw(Size available)
    {
        var plan = Plan(available);
        if (plan.WrapReason is not null)
            return;
        if (!Canvas.IsTagOpen(this))
            Canvas.BeginTag(this, StructureTag.Table);
        var tableDepth = Canvas.TagDepth;

        // All fills and grid lines of the page in one artifact, before the text they sit under.
        Canvas.BeginArtifact();
        foreach (var placement in plan.Header)
            Decorate(placement, isHeader: true);
        foreach (var placement in plan.Body)
            Decorate(placement, isHeader: false);
        Canvas.EndArtifact();

        // The header is read once; its repetitions on later pages are decoration.
        if (_headerTagged)
            Canvas.BeginArtifact();
        DrawRows(plan.Header, tableDepth, isHeader: true);
        if (_headerTagged)
            Canvas.EndArtifact();
        _headerTagged = true;

        DrawRows(plan.Body, tableDepth, isHeader: false);
        for (var r = _currentRow; r < plan.NextRow; r++)
            Canvas.EndTag(_rowTags[_headerRows + r]);
        _currentRow = plan.NextRow;

        if (plan.Finished)
        {
            Canvas.EndTag(this);
            _currentRow = 0;
            _headerTagged = false;
            foreach (var cell in _bodyCells)
                cell.IsRendered = false;
        }
    }

    void DrawRows(List<CellPlacement> placements, int tableDepth, bool isHeader)
    {
        foreach (var placement in placements)
        {
            var cell = placement.Cell;
            var rowTag = _rowTags[isHeader ? cell.Row : _headerRows + cell.Row];
            if (!Canvas.IsTagOpen(rowTag))
            {
                Canvas.CloseTagsAbove(tableDepth);
                Canvas.BeginTag(rowTag, StructureTag.TR);
            }
            Canvas.Translate(placement.X, placement.Y);
            if (!cell.IsRendered && placement.Plan.Draws)
            {
                var depth = Canvas.TagDepth;
                Canvas.BeginTag(cell, isHeader || cell.IsHeader ? StructureTag.TH : StructureTag.TD, cell.ColumnSpan, cell.RowSpan);
                cell.Draw(new Size(placement.Width, placement.Height));
                Canvas.CloseTagsAbove(depth);
            }
            Canvas.Translate(-placement.X, -placement.Y);
            if (!isHeader && placement.Plan.Completes)
                cell.IsRendered = true;
        }
    }

    void Decorate(CellPlacement placement, bool isHeader)
    {
        Canvas.Translate(placement.X, placement.Y);
        DecorateCell(placement, isHeader);
        Canvas.Translate(-placement.X, -placement.Y);
    }

    void DecorateCell(CellPlacement placement, bool isHeader)
    {
        var size = new Size(placement.Width, placement.Height);
        var fill = isHeader || placement.Cell.IsHeader
            ? Decoration.HeaderBackground
            : placement.Cell.Row % 2 == 1 ? Decoration.StripeColor : null;
        if (fill is { } color)
            Canvas.FillRectangle(size, color);
        var t = Decoration.BorderThickness;
        if (t <= 0)
            return;
        Canvas.StrokeRectangle(size, t, Decoration.BorderColor);
    }

    TablePagePlan Plan(Size available)
    {
        var (columnX, columnWidths) = ColumnGeometry(available.Width);
        var header = new List<CellPlacement>();
        var headerHeights = RowHeights(_headerCells, 0, _headerRows, columnWidths);
        var headerHeight = headerHeights.Sum();
        Place(_headerCells, headerHeights, 0, 0, columnX, columnWidths, header, clipTo: null);
        if (headerHeight > available.Height + Size.Epsilon)
            return Wrapped($"the header of a table ({headerHeight:0}pt) does not fit in the {available.Height:0}pt left");

        var body = new List<CellPlacement>();
        var y = headerHeight;
        var row = _currentRow;
        var split = false;
        while (row < _bodyRows)
        {
            var end = _groupEnd[row];
            var cells = CellsIn(row, end);
            var heights = RowHeights(cells, row, end, columnWidths);
            var groupHeight = heights.Sum();
            if (y + groupHeight <= available.Height + Size.Epsilon)
            {
                Place(cells, heights, row, y, columnX, columnWidths, body, clipTo: null);
                y += groupHeight;
                row = end;
                continue;
            }
            var anyPlaced = body.Count > 0;
            var fitsOnFreshPage = headerHeight + groupHeight <= Context.ContentAreaHeight + Size.Epsilon;
            if (KeepRowsTogether && fitsOnFreshPage)
            {
                if (anyPlaced)
                    break;
                return Wrapped($"row {row + 1} of a table ({groupHeight:0}pt, kept whole) does not fit in the {available.Height - headerHeight:0}pt left");
            }
            var before = body.Count;
            Place(cells, heights, row, y, columnX, columnWidths, body, clipTo: available.Height);
            if (!body.Skip(before).Any(p => p.Plan.Draws))
            {
                body.RemoveRange(before, body.Count - before);
                if (anyPlaced)
                    break;
                return Wrapped($"row {row + 1} of a table does not fit in the {available.Height - headerHeight:0}pt left");
            }
            y = available.Height;
            split = true;
            break;
        }
        return new TablePagePlan(header, body, y, row, row >= _bodyRows && !split, null);

        TablePagePlan Wrapped(string reason) => new([], [], 0, _currentRow, false, reason);
    }

    /// <summary>Puts cells at their rows; with <paramref name="clipTo"/> the group is split at that height.</summary>
    void Place(IEnumerable<TableCell> cells, double[] heights, int firstRow, double top, double[] columnX, double[] columnWidths,
        List<CellPlacement> into, double? clipTo)
    {
        foreach (var cell in cells)
        {
            var y = top;
            for (var r = firstRow; r < cell.Row; r++)
                y += heights[r - firstRow];
            double height = 0;
            for (var r = cell.Row; r < cell.Row + cell.RowSpan && r - firstRow < heights.Length; r++)
                height += heights[r - firstRow];
            if (clipTo is { } bottom)
            {
                height = bottom - y;
                if (height <= Size.Epsilon)
                    continue;
            }
            var width = SpanWidth(cell, columnWidths);
            var plan = cell.IsRendered ? SpacePlan.Empty() : cell.Measure(new Size(width, height));
            into.Add(new CellPlacement(cell, columnX[cell.Column], y, width, height, plan));
        }
    }

    double[] RowHeights(IReadOnlyList<TableCell> cells, int firstRow, int endRow, double[] columnWidths)
    {
        var heights = new double[Math.Max(0, endRow - firstRow)];
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var natural = cell.IsRendered ? 0 : cell.Measure(new Size(SpanWidth(cell, columnWidths), Size.Unbounded.Height)).Height;
            var first = cell.Row - firstRow;
            var last = Math.Min(first + cell.RowSpan, heights.Length) - 1;
            double spanned = 0;
            for (var r = first; r <= last; r++)
                spanned += heights[r];
            if (natural > spanned)
                heights[last] += natural - spanned;
        }
        return heights;
    }

    List<TableCell> CellsIn(int fromRow, int toRow)
    {
        var cells = new List<TableCell>();
        for (var r = fromRow; r < toRow; r++)
            cells.AddRange(_cellsByRow[r]);
        return cells;
    }

    /// <summary>For each row, the end of the run of rows tied to it by row spans.</summary>
    int[] RowGroups()
    {
        var ends = new int[_bodyRows];
        var r = 0;
        while (r < _bodyRows)
        {
            var end = r + 1;
            for (var k = r; k < end; k++)
                foreach (var cell in _cellsByRow[k])
                    end = Math.Max(end, cell.Row + cell.RowSpan);
            for (var k = r; k < end; k++)
                ends[k] = end;
            r = end;
        }
        return ends;
    }

    (double[] X, double[] Widths) ColumnGeometry(double width)
    {
        var widths = new double[_columns.Count];
        var constant = _columns.Where(c => !c.IsRelative).Sum(c => c.Size);
        var relative = _columns.Where(c => c.IsRelative).Sum(c => c.Size);
        var left = Math.Max(0, width - constant);
        for (var i = 0; i < _columns.Count; i++)
            widths[i] = _columns[i].IsRelative ? (relative > 0 ? left * _columns[i].Size / relative : 0) : _columns[i].Size;
        var x = new double[_columns.Count];
        for (var i = 1; i < _columns.Count; i++)
            x[i] = x[i - 1] + widths[i - 1];
        return (x, widths);
    }

    static double SpanWidth(TableCell cell, double[] columnWidths)
    {
        double width = 0;
        for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            width += columnWidths[c];
        return width;
    }

    public override string Describe() => $"table of {_columns.Count} columns and {_bodyRows} rows";
}
