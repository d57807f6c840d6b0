using System.Globalization;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Elements.Text;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Builds a bulleted or numbered list (tagged L / LI / Lbl / LBody).</summary>
public sealed class ListDescriptor
{
    readonly Column _column;
    Func<int, string> _label = _ => "\u2022";
    double _labelWidth = 14;

    internal ListDescriptor(Column column) => _column = column;

    /// <summary>Vertical space between items.</summary>
    public ListDescriptor Spacing(double value)
    {
        _column.Spacing = value;
        return this;
    }

    /// <summary>The same label before every item (a bullet by default).</summary>
    public ListDescriptor Bullet(string label = "\u2022")
    {
        _label = _ => label;
        return this;
    }

    /// <summary>Numbers the items: 1., 2., 3. …</summary>
    public ListDescriptor Numbered()
    {
        _label = n => n.ToString(CultureInfo.InvariantCulture) + ".";
        _labelWidth = Math.Max(_labelWidth, 20);
        return this;
    }

    /// <summary>Width of the label column in points.</summary>
    public ListDescriptor LabelWidth(double width)
    {
        _labelWidth = width;
        return this;
    }

    /// <summary>Adds an item and returns the slot for its body.</summary>
    public IContainer Item()
    {
        var number = _column.Items.Count + 1;
        var item = new Semantic { Tag = StructureTag.LI };
        var row = new Row();
        item.Child = row;
        var label = new RowItem { Kind = RowItemKind.Constant, Size = _labelWidth };
        var text = new TextBlock { Tag = StructureTag.Lbl };
        text.Add(new TextSpan { Text = _label(number) });
        label.Child = text;
        var body = new RowItem { Kind = RowItemKind.Relative, Size = 1 };
        var bodyTag = new Semantic { Tag = StructureTag.LBody };
        body.Child = bodyTag;
        row.Add(label);
        row.Add(body);
        _column.Add(item);
        return bodyTag;
    }
}

/// <summary>Lists.</summary>
public static class ListExtensions
{
    /// <summary>A list: <c>c.List(l => { l.Item().Text("First"); l.Item().Text("Second"); })</c>.</summary>
    public static void List(this IContainer container, Action<ListDescriptor> describe)
    {
        var column = new Column();
        container.SemanticTag(StructureTag.L).Fill(column);
        describe(new ListDescriptor(column));
    }
}
