namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>What the endnotes of a summary hold: the notes, the stakeholder list and what notes point at.</summary>
internal sealed class EndnoteSet
{
    private readonly CitedCodes _cited;

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
    public IReadOnlyList<string> Sources(int note) =>
        Notes.TryGetValue(note, out var n) && note != ListNote ? _cited.In(n.Text) : [];

    /// <summary>The entry for <paramref name="code"/>, or null.</summary>
    public ListedStakeholder? Stakeholder(string code) => Stakeholders.FirstOrDefault(s => s.Code == code);
}
