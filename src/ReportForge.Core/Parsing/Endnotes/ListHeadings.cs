using System.Text.RegularExpressions;
using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// The headings of the stakeholder list, which say what kind of stakeholder follows: "Civil society",
/// "Individual submissions:", "Joint submissions:", "National human rights institution:",
/// "Regional intergovernmental organization(s):", "United Nations…:", "Attachments:". A plain
/// extractor runs them into the codes around them ("WSDP Joint submissions: JS1").
/// </summary>
internal static partial class ListHeadings
{
    [GeneratedRegex(
        @"(?:(?<cs>Civil society|Individual submissions?|Non-governmental organi[sz]ations?(?:\s?\(NGOs?\))?|NGOs)|(?<js>Joint submissions|Joint submission\(s\))|(?<nhri>National human rights institutions?(?:\s?\(s\))?(?:\s?\(NHRIs?\))?)|(?<reg>Regional intergovernmental organi[sz]ations?(?:\s?\(s\))?)|(?<un>United Nations[\w ,()-]{0,40}?|UN (?:agencies|entities|bodies)|International organi[sz]ations?(?:\s?\(s\))?|Others?(?: stakeholders?| submissions?)?)|(?<att>Attachments?|Annexes))\s*(?<colon>:)?",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>A heading found in a piece of a line: where it is, where it ends, and the kind it opens (null for "Attachments:").</summary>
    public readonly record struct Found(int Start, int End, StakeholderKind? Kind);

    /// <summary>The first heading in <paramref name="text"/>, or null.</summary>
    public static Found? Find(string text)
    {
        foreach (Match m in Heading().Matches(text))
        {
            if (m.Index > 0 && (char.IsLetterOrDigit(text[m.Index - 1]) || text[m.Index - 1] is '-' or '_')) continue;
            var colon = m.Groups["colon"].Success;
            var alone = m.Index == 0 && (m.Index + m.Length == text.Length || Heading().Match(text, m.Index + m.Length) is { Success: true } next && next.Index == m.Index + m.Length);
            // "Other" or "United Nations" start sentences and names too: only with their colon.
            if (!colon && (m.Groups["un"].Success || m.Groups["att"].Success && m.Index > 0)) continue;
            if (!colon && !alone) continue;
            return new Found(m.Index, m.Index + m.Length, KindOf(m));
        }
        return null;
    }

    private static StakeholderKind? KindOf(Match m) =>
        m.Groups["cs"].Success ? StakeholderKind.CivilSociety
        : m.Groups["js"].Success ? StakeholderKind.JointSubmission
        : m.Groups["nhri"].Success ? StakeholderKind.NationalHumanRightsInstitution
        : m.Groups["reg"].Success ? StakeholderKind.RegionalIntergovernmentalOrganization
        : m.Groups["un"].Success ? StakeholderKind.UnitedNationsOrOther
        : null;
}
