using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>
/// A child with scripted behaviour: a block of <see cref="Height"/> points split into pieces of
/// <see cref="Step"/> points (or unbreakable when Step is null). Records what it was asked to draw.
/// </summary>
internal sealed class FakeElement : Element
{
    double _drawn;

    public required double Height { get; init; }
    public double Width { get; init; } = 50;
    public double? Step { get; init; }
    public string Name { get; init; } = "fake";
    public List<(int Page, double Height)> Draws { get; } = [];

    public override SpacePlan Measure(Size available)
    {
        var remaining = Height - _drawn;
        if (remaining <= available.Height + Size.Epsilon)
            return SpacePlan.FullRender(Width, remaining);
        if (Step is not { } step)
            return SpacePlan.Wrap($"{Name} needs {remaining}");
        var fits = Math.Floor(available.Height / step) * step;
        return fits <= 0 ? SpacePlan.Wrap($"{Name} needs {step}") : SpacePlan.PartialRender(Width, fits);
    }

    public override void Draw(Size available)
    {
        var plan = Measure(available);
        Draws.Add((Context.Canvas.PageNumber, plan.Height));
        _drawn += plan.Height;
        if (plan.Completes)
            _drawn = 0;
    }

    public override void ResetState()
    {
        _drawn = 0;
        Draws.Clear();
    }

    public override string Describe() => Name;
}
