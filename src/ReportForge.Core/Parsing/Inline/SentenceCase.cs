using System.Text;

namespace ReportForge.Core.Parsing.Inline;

/// <summary>
/// Headings in sentence case: "I. BACKGROUND AND FRAMEWORK" → "Background and framework".
/// Headings already in mixed case are kept as written; in capitals, known acronyms and proper
/// nouns keep their capitals ("Human Rights Council", "HIV", the country's name).
/// </summary>
internal static class SentenceCase
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "UN", "UPR", "NHRI", "NHRIs", "OHCHR", "HIV", "AIDS", "HIV/AIDS", "LGBT", "LGBTI", "NGO", "NGOs",
        "ICC", "ICCPR", "ICESCR", "CEDAW", "CRC", "CAT", "OP-CAT", "CRPD", "ILO", "UNESCO", "UNHCR", "UNICEF",
    };

    private static readonly string[] ProperNouns =
    [
        "Office of the High Commissioner for Human Rights", "Office of the United Nations High Commissioner for Human Rights",
        "High Commissioner", "Human Rights Council", "United Nations", "Paris Principles", "General Assembly",
        "Working Group", "Universal Periodic Review", "State", "States",
    ];

    public static string Convert(string heading, IEnumerable<string>? properNames = null)
    {
        var text = Collapse(heading.Trim());
        if (!Inline.SentenceCase.IsCapitals(text)) return text;
        var words = text.ToLowerInvariant().Split(' ');
        for (var i = 0; i < words.Length; i++)
            if (Acronyms.TryGetValue(words[i].TrimEnd(',', ';', ':'), out var acronym))
                words[i] = acronym + words[i][acronym.Length..];
        var result = string.Join(' ', words);
        foreach (var noun in ProperNouns.Concat(properNames ?? []))
            result = ReplaceWholeWords(result, noun);
        return char.ToUpperInvariant(result[0]) + result[1..];
    }

    private static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 1;
    }

    private static string ReplaceWholeWords(string text, string noun)
    {
        var lower = noun.ToLowerInvariant();
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(lower, at + lower.Length, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
            text = string.Concat(text.AsSpan(0, at), noun, text.AsSpan(end));
        }
        return text;
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (c != ' ' || (sb.Length > 0 && sb[^1] != ' ')) sb.Append(c);
        return sb.ToString();
    }
}
