namespace ReportForge.Core.Model;

/// <summary>
/// Where a stakeholder's own submission says more, as 4th-cycle endnotes give it: note "JS6 made a
/// recommendation (para. 7.2.2)" → <c>see JS6's submission, para. 7.2.2</c>.
/// </summary>
/// <param name="Code">The stakeholder whose submission it is.</param>
/// <param name="Reference">The place in it: "para. 7.2.2", "p. 4".</param>
public sealed record SubmissionPointer(string Code, string Reference)
{
    public override string ToString() => $"see {Code}'s submission, {Reference}";
}
