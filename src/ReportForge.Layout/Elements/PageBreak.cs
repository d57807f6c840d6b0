using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Ends the page: takes no space, but only completes on the next page.</summary>
internal sealed class PageBreak : Element
{
    bool _pageEnded;

    public override SpacePlan Measure(Size available) =>
        _pageEnded ? SpacePlan.FullRender(0, 0) : SpacePlan.PartialRender(0, 0);

    public override void Draw(Size available) => _pageEnded = !_pageEnded;

    public override void ResetState() => _pageEnded = false;

    public override string Describe() => "page break";
}
