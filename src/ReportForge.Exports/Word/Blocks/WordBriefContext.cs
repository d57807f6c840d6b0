using ReportForge.Core.Tailoring;
using ReportForge.Exports.Word.Parts;

namespace ReportForge.Exports.Word.Blocks;

/// <summary>What the blocks of one brief share while it is built: its content, its footnotes, its page.</summary>
internal sealed record WordBriefContext(
    BriefContent Content,
    ThemeContent Theme,
    WordBriefOptions Options,
    PageSetup Page,
    FootnoteList Footnotes)
{
    public string Country => Content.Summary.Country;
}
