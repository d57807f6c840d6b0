using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Lines along the edges of the space the child is drawn in. Borders take no space: pad the child.</summary>
internal sealed class Border : ContainerElement
{
    public double Left { get; set; }
    public double Top { get; set; }
    public double Right { get; set; }
    public double Bottom { get; set; }
    public Color Color { get; set; } = Colors.Black;

    public override void Draw(Size available)
    {
        Child.Draw(available);
        var (w, h) = (available.Width, available.Height);
        if (Top > 0)
            Canvas.DrawLine(new(0, 0), new(w, 0), Top, Color);
        if (Bottom > 0)
            Canvas.DrawLine(new(0, h), new(w, h), Bottom, Color);
        if (Left > 0)
            Canvas.DrawLine(new(0, 0), new(0, h), Left, Color);
        if (Right > 0)
            Canvas.DrawLine(new(w, 0), new(w, h), Right, Color);
    }
}
