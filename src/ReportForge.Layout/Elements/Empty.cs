using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Nothing: the content of a slot nobody filled.</summary>
internal sealed class Empty : Element
{
    public override SpacePlan Measure(Size available) => SpacePlan.Empty();

    public override void Draw(Size available)
    {
    }

    public override string Describe() => "empty slot";
}
