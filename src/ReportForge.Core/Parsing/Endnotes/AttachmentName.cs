using System.Text.RegularExpressions;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// The body behind an attachment of a regional organisation, whose entry is often the title of a
/// document: "(CoE-CPT) Report to the Government of Slovenia carried out by the European Committee for
/// the Prevention of Torture… from 28 March…", "(CoE-Commissioner) Report by Mr. Nils Muižnieks,
/// Commissioner for Human Rights of the Council of Europe, following his visit…",
/// "(CoE-ECRI Conclusions) European Commission against Racism and Intolerance’s conclusions on…".
/// </summary>
internal static partial class AttachmentName
{
    [GeneratedRegex(@"^(?:Report|Elections? Report|Second|Third|Fourth|Fifth|First|Opinion|Resolution|Conclusions|Factsheet|Letter|Evaluation|Compliance)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTitle();

    [GeneratedRegex(@"^Report by (?:Mr|Mrs|Ms|Dr)\.? [^,]+, (?<body>[^,;]+)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ReportByPerson();

    [GeneratedRegex(@"\bby the (?<body>[A-Z][^,;]*)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ByTheBody();

    [GeneratedRegex(@"^(?<body>.+?)[’']s (?:conclusions|report|opinion|resolution|recommendations?|factsheet)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();

    /// <summary>The organisation named in <paramref name="text"/>, or <paramref name="name"/> when the entry names none better.</summary>
    public static string Of(string text, string name)
    {
        text = NoteText.Squeeze(text).TrimStart('-', '–', ' ');
        if (Possessive().Match(name) is { Success: true } owner) return owner.Groups["body"].Value.Trim();
        if (!DocumentTitle().IsMatch(name)) return name;
        if (ReportByPerson().Match(text) is { Success: true } person) return person.Groups["body"].Value.Trim();
        if (ByTheBody().Match(text) is { Success: true } body) return StripAcronym(BeforeDateOrPlace(body.Groups["body"].Value).Trim());
        // "Elections Report of 2018: OSCE/ODIHR Election Assessment Mission Final Report"
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && name.EndsWith(" Report", StringComparison.Ordinal))
        {
            var body2 = name[(colon + 2)..^" Report".Length];
            return body2.EndsWith(" Final", StringComparison.Ordinal) ? body2[..^" Final".Length] : body2;
        }
        return name;
    }

    /// <summary>"…Punishment from 28 March", "…Corruption on 18 October": the body ends where the date or place begins.</summary>
    private static string BeforeDateOrPlace(string body)
    {
        var end = body.Length;
        foreach (var word in (string[])[" from ", " on ", " at "])
        {
            var at = body.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < end) end = at;
        }
        return body[..end];
    }

    /// <summary>"…or Punishment (CPT)": the bracketed acronym is the code's, not part of the name.</summary>
    private static string StripAcronym(string name)
    {
        var open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') && name[(open + 2)..^1].All(char.IsUpper) ? name[..open] : name;
    }
}
