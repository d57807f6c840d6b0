using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Table;

/// <summary>Grid lines and fills the table draws for every cell rectangle on every page.</summary>
internal sealed class TableDecoration
{
    public double BorderThickness { get; set; }
    public Color BorderColor { get; set; } = Colors.Grey;
    public Color? HeaderBackground { get; set; }
    /// <summary>Fill of every second body row (zebra striping).</summary>
    public Color? StripeColor { get; set; }
}
