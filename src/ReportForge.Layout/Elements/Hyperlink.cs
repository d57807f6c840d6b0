using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Makes the whole area of the child a link (e.g. a contents entry).</summary>
internal sealed class Hyperlink : ContainerElement
{
    public required LinkTarget Target { get; init; }
    public string? Description { get; init; }

    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        if (!plan.Draws)
            return;
        Canvas.BeginLink(Target, new Size(available.Width, plan.Height), Description ?? Target.Url ?? Target.Anchor ?? "");
        Child.Draw(available);
        Canvas.EndLink();
    }
}
