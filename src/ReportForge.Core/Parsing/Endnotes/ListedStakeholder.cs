using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>One entry of the stakeholder list in the endnotes: "AI  Amnesty International*, London, UK;".</summary>
/// <param name="Code">The code the body cites: <c>AI</c>, <c>JS1</c>, <c>CoE-ECRI</c>, <c>ACLU National</c>.</param>
/// <param name="Name">The name alone, without address, city or country; "Joint submission 1" for a joint submission.</param>
/// <param name="Text">The entry as printed after its code, joined and tidied.</param>
/// <param name="Members">For a joint submission, its member organisations, by name.</param>
/// <param name="AttachedTo">For an attachment ("(CoE-ECRI)" under CoE), the code of the body it belongs to.</param>
/// <param name="Line">The source line the entry starts on.</param>
internal sealed record ListedStakeholder(
    string Code, string Name, string Text, StakeholderKind Kind, IReadOnlyList<string> Members, string? AttachedTo, int Line)
{
    /// <summary>Marked as a national human rights institution with A status.</summary>
    public bool IsAStatus { get; init; }

    /// <summary>Marked as in consultative status with the Economic and Social Council.</summary>
    public bool HasEcosocStatus { get; init; }
}
