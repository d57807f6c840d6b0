namespace ReportForge.Core.Enrichment;

/// <summary>Words that may stand between a stakeholder and its verb: "AI also noted", "JS1 further noted".</summary>
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
        }
        return at;
    }
}
