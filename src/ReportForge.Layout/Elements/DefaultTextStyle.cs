using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Sets the text style inherited by all text inside the child.</summary>
internal sealed class DefaultTextStyle : ContainerElement
{
    public required TextStyle Style { get; init; }

    public override void Initialize(LayoutContext context, TextStyle inheritedStyle) =>
        base.Initialize(context, Style.InheritFrom(inheritedStyle));
}
