using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>An outline (bookmark) entry pointing at the top of the child.</summary>
internal sealed class Bookmark : ContainerElement
{
    public required string Title { get; init; }
    public required int Level { get; init; }
    bool _added;

    public override void Draw(Size available)
    {
        // Only where the child starts, not on the pages it continues onto.
        if (!_added)
            Canvas.AddBookmark(Level, Title);
        var plan = Child.Measure(available);
        Child.Draw(available);
        _added = !plan.Completes;
    }

    public override void ResetState() => _added = false;
}
