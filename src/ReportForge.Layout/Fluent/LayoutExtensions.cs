using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Wrappers that change the space a child gets: padding, size limits, alignment.</summary>
public static class LayoutExtensions
{
    /// <summary>Space on all four sides.</summary>
    public static IContainer Padding(this IContainer container, double all) => container.Padding(all, all, all, all);

    /// <summary>Space left and right.</summary>
    public static IContainer PaddingHorizontal(this IContainer container, double value) => container.Padding(value, 0, value, 0);

    /// <summary>Space above and below.</summary>
    public static IContainer PaddingVertical(this IContainer container, double value) => container.Padding(0, value, 0, value);

    /// <summary>Space above.</summary>
    public static IContainer PaddingTop(this IContainer container, double value) => container.Padding(0, value, 0, 0);

    /// <summary>Space below.</summary>
    public static IContainer PaddingBottom(this IContainer container, double value) => container.Padding(0, 0, 0, value);

    /// <summary>Space on the left.</summary>
    public static IContainer PaddingLeft(this IContainer container, double value) => container.Padding(value, 0, 0, 0);

    /// <summary>Space on the right.</summary>
    public static IContainer PaddingRight(this IContainer container, double value) => container.Padding(0, 0, value, 0);

    /// <summary>Space on each side separately.</summary>
    public static IContainer Padding(this IContainer container, double left, double top, double right, double bottom) =>
        container.Fill(new Padding { Left = left, Top = top, Right = right, Bottom = bottom });

    /// <summary>Exactly this wide.</summary>
    public static IContainer Width(this IContainer container, double width) =>
        container.Fill(new Constrained { MinWidth = width, MaxWidth = width });

    /// <summary>At most this wide.</summary>
    public static IContainer MaxWidth(this IContainer container, double width) => container.Fill(new Constrained { MaxWidth = width });

    /// <summary>Exactly this tall (content that does not fit is an error, not clipped).</summary>
    public static IContainer Height(this IContainer container, double height) =>
        container.Fill(new Constrained { MinHeight = height, MaxHeight = height });

    /// <summary>At least this tall.</summary>
    public static IContainer MinHeight(this IContainer container, double height) => container.Fill(new Constrained { MinHeight = height });

    /// <summary>At most this tall.</summary>
    public static IContainer MaxHeight(this IContainer container, double height) => container.Fill(new Constrained { MaxHeight = height });

    /// <summary>Child at the left of its space.</summary>
    public static IContainer AlignLeft(this IContainer container) => container.Align(HorizontalAlignment.Left, null);

    /// <summary>Child centred horizontally.</summary>
    public static IContainer AlignCenter(this IContainer container) => container.Align(HorizontalAlignment.Center, null);

    /// <summary>Child at the right of its space.</summary>
    public static IContainer AlignRight(this IContainer container) => container.Align(HorizontalAlignment.Right, null);

    /// <summary>Child at the top of its space.</summary>
    public static IContainer AlignTop(this IContainer container) => container.Align(null, VerticalAlignment.Top);

    /// <summary>Child centred vertically.</summary>
    public static IContainer AlignMiddle(this IContainer container) => container.Align(null, VerticalAlignment.Middle);

    /// <summary>Child at the bottom of its space.</summary>
    public static IContainer AlignBottom(this IContainer container) => container.Align(null, VerticalAlignment.Bottom);

    static IContainer Align(this IContainer container, HorizontalAlignment? horizontal, VerticalAlignment? vertical) =>
        container.Fill(new Alignment { Horizontal = horizontal, Vertical = vertical });

    /// <summary>Composes a reusable piece: <c>container.Element(Styles.Cell).Text("…")</c>.</summary>
    public static IContainer Element(this IContainer container, Func<IContainer, IContainer> compose) => compose(container);

    /// <summary>Composes a reusable piece that ends the chain.</summary>
    public static void Element(this IContainer container, Action<IContainer> compose) => compose(container);
}
