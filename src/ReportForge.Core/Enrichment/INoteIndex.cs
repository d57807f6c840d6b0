using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>What the endnotes say of one footnote, for the statements that cite it.</summary>
internal interface INoteIndex
{
    /// <summary>The stakeholder codes note <paramref name="note"/> cites ("JS2, para. 8 and CoE, para. 10" → JS2, CoE).</summary>
    IReadOnlyList<string> Sources(int note);

    /// <summary>Places in submissions the note points to ("JS6 made a recommendation (para. 7.2.2)").</summary>
    IReadOnlyList<SubmissionPointer> Pointers(int note);
}
