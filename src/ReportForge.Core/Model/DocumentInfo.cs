namespace ReportForge.Core.Model;

/// <summary>What the cover page of an official document says about it; all optional.</summary>
/// <param name="Symbol">UN document symbol, e.g. <c>A/HRC/WG.6/7/KAZ/3</c>.</param>
/// <param name="Session">The Working Group session, e.g. "Seventh session".</param>
/// <param name="Date">The date as printed on the cover.</param>
/// <param name="Title">The document title.</param>
public sealed record DocumentInfo(string? Symbol, string? Session, string? Date, string? Title)
{
    public static DocumentInfo Empty { get; } = new(null, null, null, null);

    /// <summary>Notes of the report's own introduction (the previous review's outcome, the list of stakeholders): not body footnotes.</summary>
    public IReadOnlyList<int> IntroductionNotes { get; init; } = [];

    /// <summary>The number of the paragraph that introduces the report ("The present report was prepared…"), if any: not a stakeholder's.</summary>
    public int? IntroductionParagraph { get; init; }
}
