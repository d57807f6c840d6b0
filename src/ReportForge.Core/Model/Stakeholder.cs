namespace ReportForge.Core.Model;

/// <summary>An organisation (or joint submission) whose submission the summary reports.</summary>
/// <param name="Abbreviation">The code the summary uses: <c>AI</c>, <c>JS1</c>, <c>Forum 18</c>.</param>
/// <param name="Name">The full name, null when neither the text nor the known list spells it out.</param>
/// <param name="Paragraphs">The paragraphs that mention it, ascending.</param>
public sealed record Stakeholder(string Abbreviation, string? Name, IReadOnlyList<int> Paragraphs)
{
    /// <summary>The full name where known, else the code.</summary>
    public string DisplayName => Name ?? Abbreviation;
}
