using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Limits or fixes the width and height of the child.</summary>
internal sealed class Constrained : ContainerElement
{
    public double? MinWidth { get; set; }
    public double? MaxWidth { get; set; }
    public double? MinHeight { get; set; }
    public double? MaxHeight { get; set; }

    public override SpacePlan Measure(Size available)
    {
        if (MinWidth > available.Width + Size.Epsilon)
            return SpacePlan.Wrap($"{Describe()} needs {MinWidth:0}pt of width but only {available.Width:0}pt is available");
        if (MinHeight > available.Height + Size.Epsilon)
            return SpacePlan.Wrap($"{Describe()} needs {MinHeight:0}pt of height but only {available.Height:0}pt is available");
        var plan = Child.Measure(Limit(available));
        if (plan.Type == SpacePlanType.Wrap)
            return plan;
        var size = new Size(
            Math.Max(MinWidth ?? 0, plan.Width),
            Math.Max(MinHeight ?? 0, plan.Height));
        return plan.Type == SpacePlanType.PartialRender ? SpacePlan.PartialRender(size) : SpacePlan.FullRender(size);
    }

    public override void Draw(Size available) => Child.Draw(Limit(available));

    Size Limit(Size available) => new(
        Math.Min(MaxWidth ?? double.MaxValue, available.Width),
        Math.Min(MaxHeight ?? double.MaxValue, available.Height));
}
