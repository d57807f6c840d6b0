namespace ReportForge.Core.Model;

/// <summary>UPR Info's five-point scale of how much action a recommendation asks for.</summary>
public enum ActionCategory
{
    /// <summary>1: minimal action (share, seek assistance).</summary>
    Minimal = 1,
    /// <summary>2: continuing action (continue, maintain, pursue).</summary>
    Continuing = 2,
    /// <summary>3: considering action (consider, review, explore).</summary>
    Considering = 3,
    /// <summary>4: general action (take measures, ensure, promote).</summary>
    General = 4,
    /// <summary>5: specific action (ratify, adopt, repeal, abolish, establish).</summary>
    Specific = 5,
}

/// <summary>Labels for <see cref="ActionCategory"/>.</summary>
public static class ActionCategoryLabels
{
    /// <summary>"Specific action", "General action"…</summary>
    public static string Label(this ActionCategory category) => category switch
    {
        ActionCategory.Minimal => "Minimal action",
        ActionCategory.Continuing => "Continuing action",
        ActionCategory.Considering => "Considering action",
        ActionCategory.General => "General action",
        ActionCategory.Specific => "Specific action",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>"5 – Specific action".</summary>
    public static string NumberedLabel(this ActionCategory category) => $"{(int)category} – {category.Label()}";
}
