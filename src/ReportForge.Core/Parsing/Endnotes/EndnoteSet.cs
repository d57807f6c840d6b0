namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>What the endnotes of a summary hold: the notes, the stakeholder list and what notes point at.</summary>
internal sealed class EndnoteSet
{
    private readonly CitedCodes _cited;
    /// <summary>Each note's codes, read once: every statement citing the note asks again.</summary>
    private readonly Dictionary<int, IReadOnlyList<string>> _sources = [];

    public EndnoteSet(IReadOnlyDictionary<int, Endnote> notes, int? listNote, IReadOnlyList<ListedStakeholder> stakeholders,
        IReadOnlyList<RecommendationPointer> pointers, CitedCodes cited)
    {
        Notes = notes;
        ListNote = listNote;
        Stakeholders = stakeholders;
        Pointers = pointers;
        _cited = cited;
    }

    public static EndnoteSet Empty { get; } = new(new Dictionary<int, Endnote>(), null, [], [], new CitedCodes([]));

    /// <summary>Every note by its number.</summary>
    public IReadOnlyDictionary<int, Endnote> Notes { get; }

    /// <summary>The note that reads "The stakeholders listed below…": 1 up to the 3rd cycle, 2 in the 4th.</summary>
    public int? ListNote { get; }

    /// <summary>One entry per listed code, in the list's order.</summary>
    public IReadOnlyList<ListedStakeholder> Stakeholders { get; }

    /// <summary>"JS6 made a recommendation (para. 7.2.2)" notes.</summary>
    public IReadOnlyList<RecommendationPointer> Pointers { get; }

    /// <summary>The stakeholder codes note <paramref name="note"/> cites, in order, each once.</summary>
    public IReadOnlyList<string> Sources(int note)
    {
        if (!Notes.TryGetValue(note, out var n) || note == ListNote) return [];
        if (!_sources.TryGetValue(note, out var codes)) _sources[note] = codes = _cited.In(n.Text);
        return codes;
    }

    /// <summary>The entry for <paramref name="code"/>, or null.</summary>
    public ListedStakeholder? Stakeholder(string code) => Stakeholders.FirstOrDefault(s => s.Code == code);
}
