namespace ReportForge.Core.Model;

/// <summary>An organisation (or joint submission) whose submission the summary reports.</summary>
/// <param name="Abbreviation">The code the summary uses: <c>AI</c>, <c>JS1</c>, <c>Forum 18</c>.</param>
/// <param name="Name">The full name, null when neither the text nor the known list spells it out.</param>
/// <param name="Paragraphs">The paragraphs that mention it, ascending.</param>
public sealed record Stakeholder(string Abbreviation, string? Name, IReadOnlyList<int> Paragraphs)
{
    /// <summary>The full name where known, else the code.</summary>
    public string DisplayName => Name ?? Abbreviation;

    /// <summary>The part of the summary's stakeholder list it is printed under, where the document has the list.</summary>
    public StakeholderKind? Kind { get; init; }

    /// <summary>For a joint submission: its member organisations.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    /// <summary>A national human rights institution accredited with A status (the list's asterisk, or its own part).</summary>
    public bool IsAStatus { get; init; }
}
