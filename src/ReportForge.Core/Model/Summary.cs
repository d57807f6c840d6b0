namespace ReportForge.Core.Model;

/// <summary>A parsed UPR summary of stakeholders' information.</summary>
public sealed record Summary(
    string Country,
    DocumentInfo Document,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The code of the national human rights institution that has a part of its own, if any.</summary>
    public string? NationalInstitution { get; init; }

    /// <summary>
    /// Thematic areas: the sections that hold paragraphs themselves, in document order; "I. Background",
    /// which holds only the report's own introduction, is none.
    /// </summary>
    public IReadOnlyList<Section> Themes =>
        Sections.Where(s => Paragraphs.Any(p => p.SectionId == s.Id && p.Number != Document.IntroductionParagraph)).ToList();

    public Section Section(string id) =>
        Sections.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"No section '{id}'.");

    public Stakeholder? Stakeholder(string abbreviation) =>
        Stakeholders.FirstOrDefault(s => s.Abbreviation == abbreviation);

    public Paragraph? Paragraph(int number) =>
        Paragraphs.FirstOrDefault(p => p.Number == number);

    /// <summary>"¶ 17, fn 37", with the page when the summary was read from its PDF: "¶ 17, fn 37, p. 4".</summary>
    public string Cite(int paragraph, IReadOnlyList<int> footnotes) =>
        Citations.Format(paragraph, footnotes, Paragraph(paragraph)?.Page ?? 0);

    /// <summary>The ask's citation (<see cref="Recommendation.Citation"/>) with the page of a PDF source: "¶ 17, fn 37, p. 4; see JS6's submission, para. 7.2.2".</summary>
    public string Cite(Recommendation ask) => Cite(ask.Paragraph, ask.Footnotes) + string.Concat(ask.Pointers.Select(p => "; " + p));

    /// <summary>The chain of titles from the part down to <paramref name="sectionId"/>.</summary>
    public IReadOnlyList<Section> Ancestry(string sectionId)
    {
        var chain = new List<Section>();
        for (var s = Sections.FirstOrDefault(x => x.Id == sectionId); s is not null;
             s = s.ParentId is null ? null : Sections.FirstOrDefault(x => x.Id == s.ParentId))
            chain.Insert(0, s);
        return chain;
    }
}
