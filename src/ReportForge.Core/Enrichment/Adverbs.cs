namespace ReportForge.Core.Enrichment;

/// <summary>Words that may stand between a stakeholder and its verb: "AI also noted", "JS1 further noted", "CoE-ECSR in 2011 affirmed".</summary>
internal static class Adverbs
{
    private static readonly string[] Between =
    [
        "also", "further", "furthermore", "additionally", "moreover", "similarly", "likewise", "specifically",
        "however", "therefore", "again", "strongly", "particularly", "equally", "firmly", "repeatedly", "in addition",
    ];

    /// <summary>Skips adverbs (and the commas around them) from <paramref name="at"/>.</summary>
    public static int Skip(string text, int at)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            at = Words.SkipSpaces(text, at);
            if (at < text.Length && text[at] == ',') { at++; moved = true; continue; }
            foreach (var word in Between)
            {
                if (!Words.At(text, at, word)) continue;
                at += word.Length;
                moved = true;
                break;
            }
            if (!moved && Year(text, at) is { } after) (at, moved) = (after, true);
        }
        return at;
    }

    /// <summary>"CoE-ECSR in 2011 affirmed": just past "in" and a year, or null.</summary>
    private static int? Year(string text, int at)
    {
        if (!Words.At(text, at, "in")) return null;
        var digits = Words.SkipSpaces(text, at + 2);
        var end = digits;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        return end - digits == 4 && Words.IsWholeWord(text, digits, end) ? end : null;
    }
}
