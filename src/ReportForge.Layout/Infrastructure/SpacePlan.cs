namespace ReportForge.Layout.Infrastructure;

/// <summary>What an element would do with the space it was offered.</summary>
public enum SpacePlanType
{
    /// <summary>The element has nothing to draw here.</summary>
    Empty,
    /// <summary>Nothing fits: the element must move to the next page. <see cref="SpacePlan.WrapReason"/> says why.</summary>
    Wrap,
    /// <summary>Part of the element fits; the rest continues on the next page.</summary>
    PartialRender,
    /// <summary>The whole (remaining) element fits.</summary>
    FullRender,
}

/// <summary>The answer of a measure: how much space an element takes and whether it is finished.</summary>
public readonly struct SpacePlan
{
    SpacePlan(SpacePlanType type, double width, double height, string? wrapReason)
    {
        Type = type;
        Width = width;
        Height = height;
        WrapReason = wrapReason;
    }

    /// <summary>The kind of plan.</summary>
    public SpacePlanType Type { get; }

    /// <summary>The width the element takes.</summary>
    public double Width { get; }

    /// <summary>The height the element takes.</summary>
    public double Height { get; }

    /// <summary>Why the element does not fit, naming the element; only for <see cref="SpacePlanType.Wrap"/>.</summary>
    public string? WrapReason { get; }

    /// <summary>The size taken.</summary>
    public Size Size => new(Width, Height);

    /// <summary>True when the element draws something here (partially or fully).</summary>
    public bool Draws => Type is SpacePlanType.PartialRender or SpacePlanType.FullRender;

    /// <summary>True when nothing of the element is left after drawing this plan.</summary>
    public bool Completes => Type is SpacePlanType.FullRender or SpacePlanType.Empty;

    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty() => new(SpacePlanType.Empty, 0, 0, null);

    /// <summary>Nothing fits; <paramref name="reason"/> names the element and the shortfall.</summary>
    public static SpacePlan Wrap(string reason) => new(SpacePlanType.Wrap, 0, 0, reason);

    /// <summary>Part fits, taking the given size.</summary>
    public static SpacePlan PartialRender(double width, double height) => new(SpacePlanType.PartialRender, width, height, null);

    /// <summary>Part fits, taking the given size.</summary>
    public static SpacePlan PartialRender(Size size) => PartialRender(size.Width, size.Height);

    /// <summary>Everything fits, taking the given size.</summary>
    public static SpacePlan FullRender(double width, double height) => new(SpacePlanType.FullRender, width, height, null);

    /// <summary>Everything fits, taking the given size.</summary>
    public static SpacePlan FullRender(Size size) => FullRender(size.Width, size.Height);

    /// <inheritdoc />
    public override string ToString() => Type == SpacePlanType.Wrap
        ? $"Wrap ({WrapReason})"
        : FormattableString.Invariant($"{Type} ({Width:0.##} x {Height:0.##})");
}
