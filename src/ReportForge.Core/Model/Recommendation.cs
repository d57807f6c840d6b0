namespace ReportForge.Core.Model;

/// <summary>One ask made by one or more stakeholders.</summary>
/// <param name="Id">Stable id: <c>R17.2</c> is the second ask of paragraph 17.</param>
/// <param name="Paragraph">The paragraph number.</param>
/// <param name="SectionId">The section that holds the paragraph.</param>
/// <param name="Stakeholders">Codes of the stakeholders making the ask.</param>
/// <param name="Verb">"recommended", "urged", "called upon", "supported"…</param>
/// <param name="Target">Who is asked: the country, the Human Rights Council, the United Nations…</param>
/// <param name="Text">The ask itself, markers removed.</param>
/// <param name="Footnotes">Footnote numbers that cite it.</param>
/// <param name="AffectedGroups">Ids from the taxonomy (<c>children</c>, <c>women</c>…).</param>
/// <param name="ActionCategory">UPR Info's 1–5 scale.</param>
public sealed record Recommendation(
    string Id,
    int Paragraph,
    string SectionId,
    IReadOnlyList<string> Stakeholders,
    string Verb,
    string Target,
    string Text,
    IReadOnlyList<int> Footnotes,
    IReadOnlyList<string> AffectedGroups,
    ActionCategory ActionCategory)
{
    /// <summary>Places in the stakeholders' own submissions that its footnotes point to.</summary>
    public IReadOnlyList<SubmissionPointer> Pointers { get; init; } = [];

    /// <summary>"¶ 17, fn 37", "¶ 17, fn 37–38", "¶ 17, fn 37; see JS6's submission, para. 7.2.2"; <see cref="Summary.Cite(Recommendation)"/> adds the page of a PDF source.</summary>
    public string Citation => Citations.Format(Paragraph, Footnotes) + string.Concat(Pointers.Select(p => "; " + p));
}
