using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Places a child smaller than its space to the left/centre/right and top/middle/bottom.</summary>
internal sealed class Alignment : ContainerElement
{
    public HorizontalAlignment? Horizontal { get; set; }
    public VerticalAlignment? Vertical { get; set; }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (!plan.Draws)
            return;
        var width = Horizontal is null ? available.Width : Math.Min(plan.Width, available.Width);
        var height = Vertical is null ? available.Height : Math.Min(plan.Height, available.Height);
        var x = Horizontal switch
        {
            HorizontalAlignment.Center => (available.Width - width) / 2,
            HorizontalAlignment.Right => available.Width - width,
            _ => 0,
        };
        var y = Vertical switch
        {
            VerticalAlignment.Middle => (available.Height - height) / 2,
            VerticalAlignment.Bottom => available.Height - height,
            _ => 0,
        };
        Canvas.Translate(x, y);
        Child.Draw(new Size(width, height));
        Canvas.Translate(-x, -y);
    }
}
