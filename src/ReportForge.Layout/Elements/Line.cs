using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>A horizontal rule across the available width, or a vertical one down the available height.</summary>
internal sealed class Line : Element
{
    public bool Vertical { get; init; }
    public double Thickness { get; set; } = 0.75;
    public Color Color { get; set; } = Colors.Grey;

    public override SpacePlan Measure(Size available) => Vertical
        ? Thickness <= available.Width + Size.Epsilon ? SpacePlan.FullRender(Thickness, 0) : SpacePlan.Wrap("Vertical line wider than its space")
        : Thickness <= available.Height + Size.Epsilon ? SpacePlan.FullRender(0, Thickness) : SpacePlan.Wrap("Horizontal line needs more height than is left");

    public override void Draw(Size available)
    {
        var half = Thickness / 2;
        if (Vertical)
            Canvas.DrawLine(new(half, 0), new(half, available.Height), Thickness, Color);
        else
            Canvas.DrawLine(new(0, half), new(available.Width, half), Thickness, Color);
    }

    public override string Describe() => Vertical ? "vertical line" : "horizontal line";
}
