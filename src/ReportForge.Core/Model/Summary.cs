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

    /// <summary>Thematic areas: the sections that hold paragraphs themselves, in document order.</summary>
    public IReadOnlyList<Section> Themes =>
        Sections.Where(s => Paragraphs.Any(p => p.SectionId == s.Id)).ToList();

    public Section Section(string id) =>
        Sections.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"No section '{id}'.");

    public Stakeholder? Stakeholder(string abbreviation) =>
        Stakeholders.FirstOrDefault(s => s.Abbreviation == abbreviation);

    public Paragraph? Paragraph(int number) =>
        Paragraphs.FirstOrDefault(p => p.Number == number);

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
