using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// 4th-cycle notes that send the reader to a recommendation in a submission:
/// "JS6 made a recommendation (para. 7.2.2)", "AI made similar recommendations (paras. 3 and 4)".
/// </summary>
internal static partial class RecommendationPointers
{
    [GeneratedRegex(
        @"(?<code>[\p{L}][\p{L}\p{N}.\-/()&'’_]*(?: [\p{L}\p{N}][\p{L}\p{N}.\-/()&'’_]*){0,2}?) made (?:a |the |similar |several |further |two |three |specific )?recommendations? \((?:see )?(?<ref>[^()]*(?:\([^()]*\)[^()]*)*)\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pointer();

    public static List<RecommendationPointer> Find(IEnumerable<Endnote> notes, CitedCodes cited)
    {
        var pointers = new List<RecommendationPointer>();
        foreach (var note in notes)
            foreach (Match m in Pointer().Matches(note.Text))
            {
                // The code is the last cited code before "made": "See also JS6 made…" names JS6.
                var head = m.Groups["code"].Value;
                var code = cited.In(head).LastOrDefault() ?? head.Split(' ')[^1];
                pointers.Add(new RecommendationPointer(note.Number, code, m.Groups["ref"].Value.Trim()));
            }
        return pointers;
    }
}
