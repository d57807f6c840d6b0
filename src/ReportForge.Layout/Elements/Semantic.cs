using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Wraps the child in a structure element of a tagged PDF; stays open across pages while the child continues.</summary>
internal sealed class Semantic : ContainerElement
{
    public required StructureTag Tag { get; init; }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (!Canvas.IsTagOpen(this))
            Canvas.BeginTag(this, Tag);
        Child.Draw(available);
        if (plan.Completes)
            Canvas.EndTag(this);
    }
}
