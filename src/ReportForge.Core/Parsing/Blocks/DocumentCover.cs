using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Inline;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// What the cover page of the official document says (a brief's own cover is drawn in Exports): the
/// symbol ("A/HRC/WG.6/7/KAZ/3"), the date ("30 November 2009"), the session ("Seventh session") and the
/// title ("SUMMARY PREPARED BY THE OFFICE OF THE HIGH COMMISSIONER…", later "Summary of Stakeholders'
/// submissions on …").
/// </summary>
internal static class DocumentCover
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    private static readonly string[] TitleOpenings =
    [
        "summary prepared by", "summary of stakeholders", "summary of stakeholder", "national report",
        "compilation prepared by", "compilation of un information", "compilation on",
        "report of the working group on the universal periodic review",
    ];

    public static DocumentInfo Read(IReadOnlyList<SourceLine> lines)
    {
        string? symbol = null, date = null, session = null, title = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            symbol ??= text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(PageFurniture.IsDocumentSymbol);
            date ??= FindDate(text);
            session ??= FindSession(text);
            if (title is null && StartsTitle(text)) title = ReadTitle(lines, i);
        }
        return new DocumentInfo(symbol, session, date, title);
    }

    private static bool StartsTitle(string text) =>
        TitleOpenings.Any(o => text.StartsWith(o, StringComparison.OrdinalIgnoreCase));

    /// <summary>The title runs on over the next lines until a blank line, or a line in other case.</summary>
    private static string ReadTitle(IReadOnlyList<SourceLine> lines, int first)
    {
        var parts = new List<string> { lines[first].Text };
        var capitals = HeadingSyntax.IsUpperCase(lines[first].Text);
        // The asterisk calls the cover's note ("not edited…"): the title ends there.
        for (var k = first + 1; k < lines.Count && k <= first + 4 && !parts[^1].EndsWith('*'); k++)
        {
            var text = lines[k].Text;
            // A short line in capitals is the State's name ("Slovenia*"); "resolution 16/21" runs on.
            if (text.Length == 0 || PageFurniture.IsFurniture(text) || text.EndsWith('*') || (text.Length < 25 && !char.IsLower(text[0]))) break;
            if (capitals != HeadingSyntax.IsUpperCase(text) || text.Length > 120) break;
            parts.Add(text);
        }
        return SentenceCase.Convert(string.Join(' ', parts).TrimEnd('*', ' '));
    }

    /// <summary>"30 November 2009".</summary>
    private static string? FindDate(string text)
    {
        foreach (var month in Months)
        {
            var at = text.IndexOf(" " + month + " ", StringComparison.Ordinal);
            if (at <= 0) continue;
            var dayStart = at;
            while (dayStart > 0 && char.IsAsciiDigit(text[dayStart - 1])) dayStart--;
            var yearStart = at + month.Length + 2;
            var yearEnd = yearStart;
            while (yearEnd < text.Length && char.IsAsciiDigit(text[yearEnd])) yearEnd++;
            if (at - dayStart is 1 or 2 && yearEnd - yearStart == 4 && (dayStart == 0 || !char.IsLetterOrDigit(text[dayStart - 1]))
                && !text[..dayStart].Contains('-'))
                return text[dayStart..yearEnd];
        }
        return null;
    }

    /// <summary>"Seventh session", "Twentieth session".</summary>
    private static string? FindSession(string text)
    {
        var at = text.IndexOf(" session", StringComparison.Ordinal);
        if (at <= 0 || (at + 8 < text.Length && char.IsLetter(text[at + 8]))) return null;
        var start = at;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
        return at - start >= 4 && char.IsUpper(text[start]) ? text[start..(at + 8)] : null;
    }
}
