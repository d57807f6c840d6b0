using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Empty space around the child.</summary>
internal sealed class Padding : ContainerElement
{
    public double Left { get; set; }
    public double Top { get; set; }
    public double Right { get; set; }
    public double Bottom { get; set; }

    public override SpacePlan Measure(Size available)
    {
        var inner = Shrink(available);
        if (inner.Width < -Size.Epsilon || inner.Height < -Size.Epsilon)
            return SpacePlan.Wrap($"Padding of {Describe()} is larger than the {available.Height:0}pt available");
        var plan = Child.Measure(inner);
        return plan.Type switch
        {
            SpacePlanType.Wrap or SpacePlanType.Empty => plan,
            SpacePlanType.PartialRender => SpacePlan.PartialRender(Grow(plan.Size)),
            _ => SpacePlan.FullRender(Grow(plan.Size)),
        };
    }

    public override void Draw(Size available)
    {
        Canvas.Translate(Left, Top);
        Child.Draw(Shrink(available));
        Canvas.Translate(-Left, -Top);
    }

    Size Shrink(Size size) => new(Math.Max(0, size.Width - Left - Right), size.Height - Top - Bottom);
    Size Grow(Size size) => new(size.Width + Left + Right, size.Height + Top + Bottom);
}
