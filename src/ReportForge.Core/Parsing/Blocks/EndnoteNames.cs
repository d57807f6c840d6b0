using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Endnotes;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Stakeholder names from the endnotes of a full document, as <see cref="EndnoteReader"/> reads the
/// list in note 1 (or 2): the name alone for an organisation ("Amnesty International"), the entry as
/// printed for a joint submission ("Joint submission 1 submitted by: …"), whose members are its name.
/// </summary>
internal static class EndnoteNames
{
    public static Dictionary<string, string> Read(IReadOnlyList<SourceLine> endnotes, IReadOnlyCollection<string> usedCodes) =>
        From(EndnoteReader.Read(endnotes, usedCodes));

    /// <summary>The names of the list <paramref name="endnotes"/> holds.</summary>
    public static Dictionary<string, string> From(EndnoteSet endnotes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in endnotes.Stakeholders)
        {
            var name = entry.Kind == StakeholderKind.JointSubmission && entry.Text.Length > 0 ? entry.Text : entry.Name;
            if (name.Length > 0) names.TryAdd(entry.Code, name);
        }
        return names;
    }
}
