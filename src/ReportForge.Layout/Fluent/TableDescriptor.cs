using ReportForge.Layout.Elements;
using ReportForge.Layout.Elements.Table;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Defines the columns of a table.</summary>
public sealed class TableColumnsDescriptor
{
    readonly Table _table;

    internal TableColumnsDescriptor(Table table) => _table = table;

    /// <summary>A column exactly <paramref name="width"/> points wide.</summary>
    public TableColumnsDescriptor ConstantColumn(double width)
    {
        _table.AddColumn(new TableColumn(false, width));
        return this;
    }

    /// <summary>A column taking a share of the width left after constant columns.</summary>
    public TableColumnsDescriptor RelativeColumn(double share = 1)
    {
        _table.AddColumn(new TableColumn(true, share));
        return this;
    }
}

/// <summary>Adds cells to the header rows of a table (repeated at the top of every page).</summary>
public sealed class TableHeaderDescriptor
{
    readonly TableDescriptor _owner;

    internal TableHeaderDescriptor(TableDescriptor owner) => _owner = owner;

    /// <summary>Adds a header cell in the next free slot (or at an explicit zero-based row and column).</summary>
    public IContainer Cell(int columnSpan = 1, int rowSpan = 1, int? row = null, int? column = null) =>
        _owner.AddCell(header: true, columnSpan, rowSpan, row, column);
}

/// <summary>Builds a table: columns, header rows, cells with spans, and its look.</summary>
public sealed class TableDescriptor
{
    readonly Table _table;
    readonly List<(TableCell Cell, bool Header)> _cells = [];
    double _cellPadding;

    internal TableDescriptor(Table table) => _table = table;

    /// <summary>Number of columns defined so far (for cells spanning the whole width).</summary>
    public int ColumnCount => _table.ColumnCount;

    /// <summary>Defines the columns.</summary>
    public TableDescriptor ColumnsDefinition(Action<TableColumnsDescriptor> describe)
    {
        describe(new TableColumnsDescriptor(_table));
        return this;
    }

    /// <summary>Adds header rows, repeated on every page the table spans.</summary>
    public TableDescriptor Header(Action<TableHeaderDescriptor> describe)
    {
        describe(new TableHeaderDescriptor(this));
        return this;
    }

    /// <summary>Adds a body cell in the next free slot (or at an explicit zero-based row and column).</summary>
    public IContainer Cell(int columnSpan = 1, int rowSpan = 1, int? row = null, int? column = null) =>
        AddCell(header: false, columnSpan, rowSpan, row, column);

    /// <summary>
    /// Keeps each row on one page (default true): a row that does not fit moves to the next page.
    /// A row taller than a whole page is split regardless.
    /// </summary>
    public TableDescriptor KeepRowsTogether(bool value = true)
    {
        _table.KeepRowsTogether = value;
        return this;
    }

    /// <summary>Grid lines around every cell.</summary>
    public TableDescriptor Borders(double thickness = 0.5, Color? color = null)
    {
        _table.Decoration.BorderThickness = thickness;
        _table.Decoration.BorderColor = color ?? Colors.Grey;
        return this;
    }

    /// <summary>Fill of header cells.</summary>
    public TableDescriptor HeaderBackground(Color color)
    {
        _table.Decoration.HeaderBackground = color;
        return this;
    }

    /// <summary>Zebra striping: fill of every second body row.</summary>
    public TableDescriptor Striped(Color color)
    {
        _table.Decoration.StripeColor = color;
        return this;
    }

    /// <summary>Padding inside every cell, in points.</summary>
    public TableDescriptor CellPadding(double value)
    {
        _cellPadding = value;
        return this;
    }

    internal IContainer AddCell(bool header, int columnSpan, int rowSpan, int? row, int? column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columnSpan, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowSpan, 1);
        var cell = new TableCell
        {
            ColumnSpan = columnSpan,
            RowSpan = rowSpan,
            Row = row ?? -1,
            Column = column ?? -1,
            IsHeader = header,
        };
        if (header)
            _table.AddHeaderCell(cell);
        else
            _table.AddBodyCell(cell);
        _cells.Add((cell, header));
        return cell;
    }

    /// <summary>Applies settings that affect every cell once the table is described.</summary>
    internal void Complete()
    {
        if (_cellPadding <= 0)
            return;
        foreach (var (cell, _) in _cells)
        {
            // Fills and borders the cell asked for reach its edges; the padding goes inside them.
            ContainerElement parent = cell;
            while (parent.Child is Background or Border)
                parent = (ContainerElement)parent.Child;
            parent.Child = new Padding { Left = _cellPadding, Top = _cellPadding, Right = _cellPadding, Bottom = _cellPadding, Child = parent.Child };
        }
    }
}

/// <summary>Tables.</summary>
public static class TableExtensions
{
    /// <summary>
    /// A table: <c>c.Table(t => { t.ColumnsDefinition(c => { c.ConstantColumn(30); c.RelativeColumn(); });
    /// t.Header(h => { h.Cell().Text("#"); h.Cell().Text("Recommendation"); }); t.Cell().Text("1"); … })</c>.
    /// Tagged as Table / TR / TH / TD.
    /// </summary>
    public static void Table(this IContainer container, Action<TableDescriptor> describe)
    {
        var table = container.Fill(new Table());
        var descriptor = new TableDescriptor(table);
        describe(descriptor);
        descriptor.Complete();
    }
}
