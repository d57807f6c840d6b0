using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Draws the child on the first page it appears on only (e.g. in a header).</summary>
internal sealed class ShowOnce : ContainerElement
{
    bool _shown;

    public override SpacePlan Measure(Size available) => _shown ? SpacePlan.Empty() : Child.Measure(available);

    public override void Draw(Size available)
    {
        if (_shown)
            return;
        var plan = Child.Measure(available);
        Child.Draw(available);
        _shown = plan.Completes;
    }

    public override void ResetState() => _shown = false;
}
