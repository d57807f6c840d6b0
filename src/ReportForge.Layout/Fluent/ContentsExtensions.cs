using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Builds a table of contents whose page numbers are the real ones and whose entries are links.</summary>
public sealed class ContentsDescriptor
{
    readonly ColumnDescriptor _column;

    internal ContentsDescriptor(ColumnDescriptor column) => _column = column;

    /// <summary>Indent per level below the first, in points.</summary>
    public double IndentPerLevel { get; set; } = 14;

    /// <summary>Vertical space between entries.</summary>
    public ContentsDescriptor Spacing(double value)
    {
        _column.Spacing(value);
        return this;
    }

    /// <summary>
    /// An entry: the title on the left, the page on which <paramref name="anchor"/> landed on the right,
    /// the whole line a link to it.
    /// </summary>
    public ContentsDescriptor Entry(string title, string anchor, int level = 1)
    {
        _column.Item()
            .SemanticTag(StructureTag.TOCI)
            .PaddingLeft((level - 1) * IndentPerLevel)
            .LinkTo(anchor, title)
            .Row(row =>
            {
                row.Spacing(8);
                row.RelativeItem().Text(t =>
                {
                    t.Tag(StructureTag.None);
                    var span = t.Span(title);
                    if (level == 1)
                        span.Bold();
                });
                row.AutoItem().Text(t =>
                {
                    t.Tag(StructureTag.None);
                    t.PageNumberOf(anchor);
                });
            });
        return this;
    }
}

/// <summary>Contents pages.</summary>
public static class ContentsExtensions
{
    /// <summary>A table of contents (tagged TOC / TOCI): <c>c.TableOfContents(toc => toc.Entry("Theme", "theme-1"))</c>.</summary>
    public static void TableOfContents(this IContainer container, Action<ContentsDescriptor> describe) =>
        container.SemanticTag(StructureTag.TOC).Column(column =>
        {
            column.Spacing(4);
            describe(new ContentsDescriptor(column));
        });
}
