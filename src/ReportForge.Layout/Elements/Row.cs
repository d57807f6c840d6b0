using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>How a row item's width is decided.</summary>
internal enum RowItemKind { Constant, Relative, Auto }

/// <summary>One cell of a <see cref="Row"/>.</summary>
internal sealed class RowItem : ContainerElement
{
    public RowItemKind Kind { get; init; }
    public double Size { get; init; }
    public bool IsRendered { get; set; }

    public override void ResetState() => IsRendered = false;
}

/// <summary>Items side by side: constant widths, auto widths, then relative shares of what is left.</summary>
internal sealed class Row : Element
{
    readonly List<RowItem> _items = [];

    public double Spacing { get; set; }

    public void Add(RowItem item) => _items.Add(item);

    public override IEnumerable<Element> Children => _items;

    public override SpacePlan Measure(Size available)
    {
        var widths = Widths(available.Width);
        if (widths is null)
            return SpacePlan.Wrap($"{Describe()} needs more width than the {available.Width:0}pt available");
        double height = 0;
        var partial = false;
        var anyDraws = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i].IsRendered)
                continue;
            var plan = _items[i].Measure(new Size(widths[i], available.Height));
            if (plan.Type == SpacePlanType.Wrap)
                return plan;
            if (plan.Type == SpacePlanType.PartialRender)
                partial = true;
            anyDraws |= plan.Draws;
            height = Math.Max(height, plan.Height);
        }
        if (!anyDraws && !partial)
            return SpacePlan.Empty();
        var size = new Size(available.Width, height);
        return partial ? SpacePlan.PartialRender(size) : SpacePlan.FullRender(size);
    }

    public override void Draw(Size available)
    {
        var widths = Widths(available.Width)!;
        var plans = new SpacePlan[_items.Count];
        double height = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            plans[i] = _items[i].IsRendered ? SpacePlan.Empty() : _items[i].Measure(new Size(widths[i], available.Height));
            height = Math.Max(height, plans[i].Height);
        }
        double x = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_items[i].IsRendered)
            {
                var depth = Canvas.TagDepth;
                Canvas.Translate(x, 0);
                _items[i].Draw(new Size(widths[i], height));
                Canvas.Translate(-x, 0);
                // Side-by-side content cannot stay open across pages inside each other.
                Canvas.CloseTagsAbove(depth);
                _items[i].IsRendered = plans[i].Completes;
            }
            x += widths[i] + Spacing;
        }
        if (_items.All(item => item.IsRendered))
            foreach (var item in _items)
                item.IsRendered = false;
    }

    double[]? Widths(double available)
    {
        var widths = new double[_items.Count];
        var left = available - Spacing * Math.Max(0, _items.Count - 1);
        double relativeTotal = 0;
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            switch (item.Kind)
            {
                case RowItemKind.Constant:
                    widths[i] = item.Size;
                    left -= item.Size;
                    break;
                case RowItemKind.Auto:
                    widths[i] = Math.Min(item.Measure(Size.Unbounded).Width, Math.Max(0, left));
                    left -= widths[i];
                    break;
                default:
                    relativeTotal += item.Size;
                    break;
            }
        }
        if (left < -Size.Epsilon)
            return null;
        for (var i = 0; i < _items.Count; i++)
            if (_items[i].Kind == RowItemKind.Relative)
                widths[i] = relativeTotal > 0 ? left * _items[i].Size / relativeTotal : 0;
        return widths;
    }

    public override string Describe() => $"row of {_items.Count} items";
}
