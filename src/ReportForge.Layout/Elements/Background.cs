using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Fills the space the child is drawn in.</summary>
internal sealed class Background : ContainerElement
{
    public Color Color { get; set; }

    public override void Draw(Size available)
    {
        Canvas.FillRectangle(available, Color);
        Child.Draw(available);
    }
}
