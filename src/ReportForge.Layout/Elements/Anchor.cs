using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>A named destination at the top of the child: internal links and page references point here.</summary>
internal sealed class Anchor : ContainerElement
{
    public required string Name { get; init; }

    public override void Draw(Size available)
    {
        Canvas.RegisterAnchor(Name);
        Child.Draw(available);
    }
}
