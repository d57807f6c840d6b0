using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// The national human rights institution: from 2012 the summary gives it a part of its own,
/// "Information provided by the (accredited) national human rights institution … in full compliance
/// with the Paris Principles". Its code is the one that part defines first ("The Danish Institute for
/// Human Rights (DIHR)"); the text may then call it "the Ombudsman" or "the national human rights institution".
/// </summary>
internal static class NationalInstitution
{
    private const string Marker = "national human rights institution";

    /// <summary>Whether a heading is the institution's own part or section.</summary>
    public static bool IsItsSection(string title) =>
        title.Contains(Marker, StringComparison.OrdinalIgnoreCase) && title.StartsWith("Information provided", StringComparison.OrdinalIgnoreCase);

    /// <summary>The institution's code: the first stakeholder its section's first paragraph defines or names.</summary>
    public static string? Find(IReadOnlyList<(string SectionId, string Title)> headings, IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<IReadOnlyList<StakeholderDefinition>> definitions, StakeholderDirectory directory)
    {
        var ids = Sections(headings);
        if (ids.Count == 0) return null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (!InSection(paragraphs[p].SectionId, ids)) continue;
            if (definitions[p].Count > 0) return definitions[p].MinBy(d => d.NameStart)!.Code;
            var text = paragraphs[p].Text;
            for (var at = 0; at < Math.Min(text.Length, 200); at = Math.Max(at + 1, text.IndexOf(' ', at) + 1))
                if (directory.TryRead(text, at, [], out var code, out _, out var certain) && certain) return code;
            return null;
        }
        return null;
    }

    /// <summary>The ids of the institution's section and everything below it.</summary>
    public static List<string> Sections(IReadOnlyList<(string SectionId, string Title)> headings) =>
        headings.Where(h => IsItsSection(h.Title)).Select(h => h.SectionId).ToList();

    public static bool InSection(string sectionId, IReadOnlyList<string> ids) =>
        ids.Any(id => sectionId == id || sectionId.StartsWith(id + ".", StringComparison.Ordinal));

    /// <summary>"The Ombudsman", "The national human rights institution": how the text refers back to it.</summary>
    /// <remarks>"The Institute" or "The Commission" would also begin other stakeholders' names ("The Institute of Solidarity…").</remarks>
    public static IEnumerable<string> BodyForms(string? name)
    {
        yield return "The national human rights institution";
        yield return "The NHRI";
        if (name is null) yield break;
        foreach (var noun in (string[])["Ombudsman", "Ombudsperson", "Public Defender", "People's Advocate"])
            if (name.Contains(noun, StringComparison.Ordinal)) yield return "The " + noun;
    }
}
