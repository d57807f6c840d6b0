using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>An element with one child; by default it passes measure and draw straight through.</summary>
internal class ContainerElement : Element, IContainer
{
    public Element Child { get; set; } = new Empty();

    public override IEnumerable<Element> Children => [Child];

    public override SpacePlan Measure(Size available) => Child.Measure(available);

    public override void Draw(Size available) => Child.Draw(available);

    public override bool KeepsWithNext => Child.KeepsWithNext;

    public override string Describe() => Child.Describe();
}
