using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Keeps the child together: if it does not fit whole, it moves to the next page.</summary>
internal sealed class ShowEntire : ContainerElement
{
    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        return plan.Type switch
        {
            SpacePlanType.PartialRender => SpacePlan.Wrap(
                $"{Describe()} is kept together (ShowEntire) and does not fit whole in {available.Height:0}pt"),
            _ => plan,
        };
    }
}
