namespace ReportForge.Core.Model;

/// <summary>What a statement does, as advocates sort them.</summary>
public enum StatementKind
{
    Observation,
    Concern,
    Positive,
    Recommendation,
    /// <summary>What the State did with the previous review's recommendations, as the stakeholder sees it.</summary>
    Assessment,
}

/// <summary>How far a stakeholder says the previous review's recommendations were carried out.</summary>
public enum ImplementationStatus
{
    Unclear,
    NotImplemented,
    PartiallyImplemented,
    Implemented,
}

public static class ImplementationStatuses
{
    /// <summary>"not implemented", "partially implemented", as briefs print it.</summary>
    public static string Label(this ImplementationStatus status) => status switch
    {
        ImplementationStatus.NotImplemented => "not implemented",
        ImplementationStatus.PartiallyImplemented => "partially implemented",
        ImplementationStatus.Implemented => "implemented",
        _ => "unclear",
    };
}

/// <summary>One sentence of a paragraph attributed to the stakeholder(s) who said it.</summary>
/// <param name="Paragraph">The paragraph number.</param>
/// <param name="Stakeholders">Codes of the stakeholders it is attributed to.</param>
/// <param name="Verb">The reporting verb as written ("noted", "expressed concern", "urged").</param>
/// <param name="Kind">Observation, concern, positive development or recommendation.</param>
/// <param name="Text">The sentence, markers removed.</param>
/// <param name="Footnotes">Footnote numbers that fall inside the sentence.</param>
/// <param name="AffectedGroups">Ids from the taxonomy that the sentence is about.</param>
public sealed record Statement(
    int Paragraph,
    IReadOnlyList<string> Stakeholders,
    string Verb,
    StatementKind Kind,
    string Text,
    IReadOnlyList<int> Footnotes,
    IReadOnlyList<string> AffectedGroups)
{
    /// <summary>For an <see cref="StatementKind.Assessment"/>: what the stakeholder says was done.</summary>
    public ImplementationStatus? Implementation { get; init; }

    /// <summary>Places in the stakeholders' own submissions that its footnotes point to.</summary>
    public IReadOnlyList<SubmissionPointer> Pointers { get; init; } = [];
}
