using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// Reads the endnotes of a summary, from the "Notes" line (or the first note) to the end of the
/// document, page furniture included: every note, the stakeholder list (note 1 up to the 3rd cycle,
/// note 2 in the 4th, where note 1 cites the previous review's outcome), and the notes that point
/// into a submission.
/// </summary>
internal static class EndnoteReader
{
    public static EndnoteSet Read(IReadOnlyList<SourceLine> lines) => Read(lines, []);

    /// <param name="lines">The endnote lines as the block parser collects them.</param>
    /// <param name="knownCodes">Codes the body or a known list uses: they help to split a block of codes.</param>
    public static EndnoteSet Read(IReadOnlyList<SourceLine> lines, IEnumerable<string> knownCodes)
    {
        var split = NoteSplitter.Split(lines);
        if (split.Count == 0) return EndnoteSet.Empty;
        var notes = new Dictionary<int, Endnote>();
        foreach (var note in split) notes.TryAdd(note.Number, note);

        var list = split.FirstOrDefault(n => n.Text.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase));
        var citing = split.Where(n => n != list && !IsAbbreviationList(n)).ToList();
        var known = new HashSet<string>(knownCodes, StringComparer.Ordinal);
        foreach (var note in citing)
            foreach (var (_, head) in CitedCodes.Heads(note.Text)) known.Add(head);

        var stakeholders = list is null ? [] : StakeholderListReader.Read(list.Fragments, known);
        var cited = new CitedCodes(stakeholders.Select(s => s.Code).Concat(known));
        var pointers = RecommendationPointers.Find(citing, cited);
        return new EndnoteSet(notes, list?.Number, stakeholders, pointers, cited);
    }

    private static bool IsAbbreviationList(Endnote note) =>
        note.Text.Contains("following abbreviations", StringComparison.OrdinalIgnoreCase);
}
