namespace ReportForge.Core.Tailoring;

public enum PaperSize
{
    A4,
    Letter,
    A3,
}

public enum PaperOrientation
{
    Portrait,
    Landscape,
}

public enum BriefOrder
{
    /// <summary>Themes in document order, asks in paragraph order within each.</summary>
    ByTheme,
    /// <summary>Most specific asks first (action category 5 down to 1).</summary>
    ByActionCategory,
}

/// <summary>Which kinds of statement a brief carries.</summary>
public sealed record IncludedContent(bool Concerns = true, bool Observations = true, bool Positive = true, bool Recommendations = true)
{
    public static IncludedContent All { get; } = new();
}

/// <summary>
/// A tailoring of the summary for one meeting or audience, read from <c>templates/profiles/NAME.yaml</c>.
/// Empty selections mean "everything".
/// </summary>
public sealed record BriefProfile
{
    /// <summary>The profile's name: its file name without extension (<c>justice-and-detention</c>).</summary>
    public required string Name { get; init; }
    public string Title { get; init; } = "Stakeholder brief";
    public string? Audience { get; init; }
    public string? Purpose { get; init; }

    /// <summary>Section ids (<c>II.B.3</c>), titles, or words of titles; a parent id selects all below it.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Stakeholder codes (<c>AI</c>) or full names.</summary>
    public IReadOnlyList<string> Stakeholders { get; init; } = [];
    /// <summary>Affected-group ids from the taxonomy (<c>children</c>).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    public IncludedContent Include { get; init; } = IncludedContent.All;
    public BriefOrder Order { get; init; } = BriefOrder.ByTheme;
    public PaperSize Paper { get; init; } = PaperSize.A4;
    public PaperOrientation Orientation { get; init; } = PaperOrientation.Portrait;
    /// <summary>Hex colour for headings and rules, <c>#1F4E79</c>.</summary>
    public string BrandColor { get; init; } = "#1F4E79";
    /// <summary>Optional logo, a path relative to the templates folder.</summary>
    public string? Logo { get; init; }

    /// <summary>Everything, in document order.</summary>
    public static BriefProfile Full { get; } = new() { Name = "full", Title = "Full brief" };

    /// <summary>True when the profile keeps every theme, stakeholder and group.</summary>
    public bool SelectsEverything => Themes.Count == 0 && Stakeholders.Count == 0 && Groups.Count == 0;
}
