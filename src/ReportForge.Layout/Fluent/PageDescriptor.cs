using ReportForge.Layout.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Describes a page set: size, margins, running header and footer, background and content.</summary>
public sealed class PageDescriptor
{
    readonly PageSet _set;

    internal PageDescriptor(PageSet set) => _set = set;

    /// <summary>Paper size, e.g. <c>PageSizes.A4.Landscape()</c>.</summary>
    public PageDescriptor Size(PageSize size)
    {
        _set.Size = size;
        return this;
    }

    /// <summary>The same margin on all four sides, in points.</summary>
    public PageDescriptor Margin(double all) => Margins(all, all, all, all);

    /// <summary>Left and right margins.</summary>
    public PageDescriptor MarginHorizontal(double value) => Margins(value, _set.MarginTop, value, _set.MarginBottom);

    /// <summary>Top and bottom margins.</summary>
    public PageDescriptor MarginVertical(double value) => Margins(_set.MarginLeft, value, _set.MarginRight, value);

    /// <summary>Each margin separately.</summary>
    public PageDescriptor Margins(double left, double top, double right, double bottom)
    {
        _set.MarginLeft = left;
        _set.MarginTop = top;
        _set.MarginRight = right;
        _set.MarginBottom = bottom;
        return this;
    }

    /// <summary>Names the page set; section page numbers and counts refer to it.</summary>
    public PageDescriptor Section(string name)
    {
        _set.SectionName = name;
        return this;
    }

    /// <summary>The text style of everything in this page set.</summary>
    public PageDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        _set.DefaultTextStyle = style(_set.DefaultTextStyle);
        return this;
    }

    /// <summary>Drawn at the top of every page (tagged as an artifact).</summary>
    public IContainer Header() => _set.Header;

    /// <summary>Drawn at the bottom of every page (tagged as an artifact).</summary>
    public IContainer Footer() => _set.Footer;

    /// <summary>Drawn behind everything, over the whole page including margins (an artifact).</summary>
    public IContainer Background() => _set.Background;

    /// <summary>The flowing content, continued on as many pages as it needs.</summary>
    public IContainer Content() => _set.Content;
}
