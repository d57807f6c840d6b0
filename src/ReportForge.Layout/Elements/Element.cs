using ReportForge.Layout.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements;

/// <summary>
/// A layout node. Layout is two-phase: <see cref="Measure"/> says what would fit in the offered space
/// without side effects; <see cref="Draw"/> then draws exactly that and advances the element's own
/// page progress. An element that finishes drawing resets its progress so it can be drawn again
/// (a repeated table header, a running footer).
/// </summary>
internal abstract class Element
{
    public LayoutContext Context { get; private set; } = null!;
    protected ICanvas Canvas => Context.Canvas;

    public abstract SpacePlan Measure(Size available);
    public abstract void Draw(Size available);

    public virtual IEnumerable<Element> Children => [];

    /// <summary>Binds the element tree to a render and hands down the inherited text style.</summary>
    public virtual void Initialize(LayoutContext context, TextStyle inheritedStyle)
    {
        Context = context;
        foreach (var child in Children)
            child.Initialize(context, inheritedStyle);
    }

    /// <summary>Forgets page progress; called on the whole tree before every pass.</summary>
    public virtual void ResetState()
    {
    }

    public void ResetTree()
    {
        ResetState();
        foreach (var child in Children)
            child.ResetTree();
    }

    /// <summary>True when this element must not end a page (headings).</summary>
    public virtual bool KeepsWithNext => false;

    /// <summary>A short description naming the element, used in layout errors.</summary>
    public virtual string Describe() => GetType().Name;
}
