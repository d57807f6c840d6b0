using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Endnotes;

namespace ReportForge.Core.Enrichment;

/// <summary>The endnotes of a whole document, as the statements that cite them need them.</summary>
/// <param name="isStakeholder">Whether a code a note cites is a stakeholder of the summary ("para. 3" and "JS62" misread are not).</param>
internal sealed class EndnoteIndex(EndnoteSet endnotes, Func<string, bool> isStakeholder) : INoteIndex
{
    private readonly ILookup<int, SubmissionPointer> _pointers =
        endnotes.Pointers.ToLookup(p => p.Note, p => new SubmissionPointer(p.Code, p.Reference));

    public IReadOnlyList<string> Sources(int note) => endnotes.Sources(note).Where(isStakeholder).ToList();

    public IReadOnlyList<SubmissionPointer> Pointers(int note) => _pointers[note].ToList();
}
