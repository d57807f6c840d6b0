namespace ReportForge.Exports.Word;

/// <summary>Choices about how a Word brief is laid out; the content itself comes from the profile.</summary>
public sealed record WordBriefOptions
{
    /// <summary>The layout briefs get unless told otherwise: recommendations as a numbered list.</summary>
    public static WordBriefOptions Default { get; } = new();

    /// <summary>
    /// Lists recommendations in a grid (number, ask, made by, action category, affected groups)
    /// instead of a numbered list with a details line under each ask.
    /// </summary>
    public bool RecommendationsAsTable { get; init; }
}
