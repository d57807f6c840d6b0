using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Starts the child on the next page unless it fits whole or at least <see cref="MinHeight"/> is left.</summary>
internal sealed class EnsureSpace : ContainerElement
{
    public double MinHeight { get; set; } = 150;

    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        if (plan.Type == SpacePlanType.PartialRender && available.Height < MinHeight)
            return SpacePlan.Wrap($"{Describe()} asks for at least {MinHeight:0}pt (EnsureSpace) but only {available.Height:0}pt is left");
        return plan;
    }
}
