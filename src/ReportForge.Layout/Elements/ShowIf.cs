using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Draws the child only on pages where the condition holds.</summary>
internal sealed class ShowIf : ContainerElement
{
    public required Func<PageState, bool> Condition { get; init; }

    public override SpacePlan Measure(Size available) =>
        Condition(Context.Page) ? Child.Measure(available) : SpacePlan.Empty();

    public override void Draw(Size available)
    {
        if (Condition(Context.Page))
            Child.Draw(available);
    }
}
