using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Borders, fills and rules.</summary>
public static class DecorationExtensions
{
    /// <summary>A border on all sides (drawn on the edges; it takes no space, so pad the content).</summary>
    public static IContainer Border(this IContainer container, double thickness, Color? color = null) =>
        container.Border(thickness, thickness, thickness, thickness, color);

    /// <summary>A border above.</summary>
    public static IContainer BorderTop(this IContainer container, double thickness, Color? color = null) =>
        container.Border(0, thickness, 0, 0, color);

    /// <summary>A border below.</summary>
    public static IContainer BorderBottom(this IContainer container, double thickness, Color? color = null) =>
        container.Border(0, 0, 0, thickness, color);

    /// <summary>A border on the left.</summary>
    public static IContainer BorderLeft(this IContainer container, double thickness, Color? color = null) =>
        container.Border(thickness, 0, 0, 0, color);

    /// <summary>A border on each side separately.</summary>
    public static IContainer Border(this IContainer container, double left, double top, double right, double bottom, Color? color = null) =>
        container.Fill(new Border { Left = left, Top = top, Right = right, Bottom = bottom, Color = color ?? Colors.Grey });

    /// <summary>Fills the child's space.</summary>
    public static IContainer Background(this IContainer container, Color color) => container.Fill(new Background { Color = color });

    /// <summary>A horizontal rule across the space.</summary>
    public static void LineHorizontal(this IContainer container, double thickness = 0.75, Color? color = null) =>
        container.Fill(new Line { Thickness = thickness, Color = color ?? Colors.Grey });

    /// <summary>A vertical rule down the space.</summary>
    public static void LineVertical(this IContainer container, double thickness = 0.75, Color? color = null) =>
        container.Fill(new Line { Vertical = true, Thickness = thickness, Color = color ?? Colors.Grey });
}
