using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>Items stacked vertically with spacing; continues on the next page from the first unfinished item.</summary>
internal sealed class Column : Element
{
    readonly List<Element> _items = [];
    int _current;

    public double Spacing { get; set; }

    public IReadOnlyList<Element> Items => _items;

    public void Add(Element item) => _items.Add(item);

    public override IEnumerable<Element> Children => _items;

    public override void ResetState() => _current = 0;

    public override SpacePlan Measure(Size available)
    {
        var layout = Plan(available, out var wrapReason);
        if (layout.Count == 0)
            return wrapReason is null ? SpacePlan.Empty() : SpacePlan.Wrap(wrapReason);
        var last = layout[^1];
        var size = new Size(layout.Max(p => p.Plan.Width), last.Top + last.Plan.Height);
        var finished = last.Index == _items.Count - 1 && last.Plan.Completes;
        return finished ? SpacePlan.FullRender(size) : SpacePlan.PartialRender(size);
    }

    public override void Draw(Size available)
    {
        foreach (var placed in Plan(available, out _))
        {
            Canvas.Translate(0, placed.Top);
            _items[placed.Index].Draw(new Size(available.Width, placed.Plan.Height));
            Canvas.Translate(0, -placed.Top);
            _current = placed.Plan.Completes ? placed.Index + 1 : placed.Index;
        }
        if (_current >= _items.Count)
            _current = 0;
    }

    readonly record struct Placed(int Index, double Top, SpacePlan Plan);

    List<Placed> Plan(Size available, out string? wrapReason)
    {
        var placed = new List<Placed>();
        wrapReason = null;
        double top = 0;
        var anyVisible = false;
        for (var i = _current; i < _items.Count; i++)
        {
            var gap = anyVisible ? Spacing : 0;
            var plan = _items[i].Measure(new Size(available.Width, available.Height - top - gap));
            if (plan.Type == SpacePlanType.Wrap)
            {
                wrapReason = plan.WrapReason;
                DropItemsKeptWithNext(placed);
                if (placed.Count == 0)
                    wrapReason = i == _current ? wrapReason : $"heading kept with the next element, which does not fit: {wrapReason}";
                break;
            }
            if (plan.Type == SpacePlanType.Empty)
            {
                placed.Add(new Placed(i, top, plan));
                continue;
            }
            top += gap;
            placed.Add(new Placed(i, top, plan));
            top += plan.Height;
            anyVisible = true;
            if (plan.Type == SpacePlanType.PartialRender)
                break;
        }
        return placed;
    }

    /// <summary>A heading may not end the page: move it (and headings right above it) to the next one.</summary>
    void DropItemsKeptWithNext(List<Placed> placed)
    {
        while (placed.Count > 0)
        {
            var last = placed[^1];
            if (last.Plan.Type == SpacePlanType.Empty || _items[last.Index].KeepsWithNext)
                placed.RemoveAt(placed.Count - 1);
            else
                break;
        }
    }

    public override string Describe() => $"column of {_items.Count} items";
}
