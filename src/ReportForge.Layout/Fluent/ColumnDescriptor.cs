using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Builds a column: items stacked top to bottom.</summary>
public sealed class ColumnDescriptor
{
    internal ColumnDescriptor(Column column) => Column = column;

    internal Column Column { get; }

    /// <summary>Vertical space between items, in points.</summary>
    public ColumnDescriptor Spacing(double value)
    {
        Column.Spacing = value;
        return this;
    }

    /// <summary>Adds an item and returns its slot.</summary>
    public IContainer Item()
    {
        var item = new ContainerElement();
        Column.Add(item);
        return item;
    }
}

/// <summary>Builds a row: items side by side.</summary>
public sealed class RowDescriptor
{
    readonly Row _row;

    internal RowDescriptor(Row row) => _row = row;

    /// <summary>Horizontal space between items, in points.</summary>
    public RowDescriptor Spacing(double value)
    {
        _row.Spacing = value;
        return this;
    }

    /// <summary>An item with a share of the width left after constant and auto items.</summary>
    public IContainer RelativeItem(double share = 1) => Add(RowItemKind.Relative, share);

    /// <summary>An item exactly <paramref name="width"/> points wide.</summary>
    public IContainer ConstantItem(double width) => Add(RowItemKind.Constant, width);

    /// <summary>An item as wide as its content needs.</summary>
    public IContainer AutoItem() => Add(RowItemKind.Auto, 0);

    IContainer Add(RowItemKind kind, double size)
    {
        var item = new RowItem { Kind = kind, Size = size };
        _row.Add(item);
        return item;
    }
}

/// <summary>Columns and rows.</summary>
public static class StackExtensions
{
    /// <summary>Stacks items vertically: <c>c.Column(col => { col.Spacing(6); col.Item().Text("…"); })</c>.</summary>
    public static void Column(this IContainer container, Action<ColumnDescriptor> describe)
    {
        var column = container.Fill(new Column());
        describe(new ColumnDescriptor(column));
    }

    /// <summary>Places items side by side: <c>c.Row(row => { row.ConstantItem(40).Text("1"); row.RelativeItem().Text("…"); })</c>.</summary>
    public static void Row(this IContainer container, Action<RowDescriptor> describe)
    {
        var row = container.Fill(new Row());
        describe(new RowDescriptor(row));
    }
}
