using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// Cuts the endnote lines into numbered notes. Notes are numbered in order, so only the number
/// expected next can begin a note: "3 DIHR, p. 6. 4 DIHR, p. 7." holds notes 3 and 4, while the
/// "7" of "p. 7" and a page number "9" beside the document symbol do not begin one. A note's number
/// may stand alone on its line with its text on the next (<c>pdftotext -layout</c>).
/// </summary>
internal static class NoteSplitter
{
    /// <summary>Lower-case abbreviations a number follows inside a note: "p. 7", "paras. 8".</summary>
    private static bool IsReferenceWord(ReadOnlySpan<char> word) =>
        word.Length is > 1 and <= 7 && char.IsAsciiLetterLower(word[0]) && word[^1] == '.' && IsLetters(word[..^1])
        || ReferenceWords.Contains(word.TrimEnd(',').ToString());

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>Words a number follows (or that follow a number) inside a citation: "page 7", "Article 5", "1 and 2".</summary>
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "to", "of", "or", "page", "pages", "para", "paras", "paragraph", "paragraphs", "p", "pp", "No", "No.",
        "Article", "Articles", "art", "Protocol", "Rule", "Rules", "Convention", "Conventions", "recommendation",
        "recommendations", "section", "sections", "annex", "endnote", "footnote", "note", "resolution", "comment",
        "chapter", "Add.", "Corr.", "Rev.", "Vol.", "Principle", "Goal", "Target", "cycle", "session", "submission", "submissions", "Round", "Part", "Phase", "–", "-",
    };

    public static List<Endnote> Split(IReadOnlyList<SourceLine> lines)
    {
        var notes = new List<Endnote>();
        var expected = 1;
        int? number = null;
        var fragments = new List<SourceLine>();

        void Close()
        {
            if (number is { } n)
                notes.Add(new Endnote(n, NoteText.Join(fragments), fragments.Count > 0 ? fragments[0].Number : 0, fragments.ToList()));
            fragments.Clear();
        }

        void Open(int n)
        {
            Close();
            number = n;
            expected = n + 1;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (IsBareNumber(line.Text, out var bare))
            {
                if ((bare == expected || (bare == expected + 1 && number is not null)) && !IsPageNumber(lines, i, bare)) Open(bare);
                continue;
            }
            if (PageFurniture.IsFurniture(line.Text) && !IsSymbolNote(line.Text, expected)) continue;
            if (number is null && !line.Text.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase)
                && !StartsWithNumber(line.Text, expected)) continue;
            if (number is null && !StartsWithNumber(line.Text, expected)) Open(expected);

            var start = 0;
            foreach (var (at, n, textAt) in Starts(line.Text, expected))
            {
                if (at > start) fragments.Add(Piece(line, start, at));
                Open(n);
                start = textAt;
            }
            if (start < line.Text.Length) fragments.Add(Piece(line, start, line.Text.Length));
        }
        Close();
        return notes;
    }

    /// <summary>The part of <paramref name="line"/> from <paramref name="start"/> to <paramref name="end"/>, trimmed; copied once, as a line may hold a hundred notes.</summary>
    private static SourceLine Piece(SourceLine line, int start, int end)
    {
        while (start < end && line.Text[start] == ' ') start++;
        while (end > start && line.Text[end - 1] == ' ') end--;
        return new SourceLine(line.Number, line.Column + start, line.Text[start..end]) { Cues = line.Cues.Slice(start, end - start, line.Text.Length) };
    }

    /// <summary>Where notes begin on <paramref name="text"/>: the offset of the number, the number, and where its text starts.</summary>
    private static IEnumerable<(int At, int Number, int TextAt)> Starts(string text, int expected)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]) && (i == 0 || (text[i - 1] == ' ' && MayPrecede(text, i))))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                // Note numbers have at most four digits; longer runs are years, postcodes or symbols.
                var n = end - i <= 4 ? int.Parse(text.AsSpan(i, end - i), System.Globalization.CultureInfo.InvariantCulture) : -1;
                // A note the extractor lost ("…Human Rights Watch 12 AI, p. 2. 13 HRW") must not stop the count:
                // the next two numbers are taken at a line start or after a full stop, before a capital.
                var fits = n == expected
                    || (n > expected && n <= expected + 2 && (i == 0 || AfterFullStop(text, i)) && end + 1 < text.Length && char.IsUpper(text[end + 1]));
                if (fits && Follows(text, end, glued: i == 0))
                {
                    var textAt = end;
                    while (textAt < text.Length && text[textAt] == ' ') textAt++;
                    yield return (i, n, textAt);
                    expected = n + 1;
                    i = textAt;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
    }

    private static bool AfterFullStop(string text, int at)
    {
        var end = at - 1;
        while (end > 0 && text[end - 1] == ' ') end--;
        return end > 1 && text[end - 1] == '.' && !IsReferenceWord(LastWord(text, end));
    }

    private static ReadOnlySpan<char> LastWord(string text, int end)
    {
        var start = end;
        while (start > 0 && text[start - 1] != ' ') start--;
        return text.AsSpan(start, end - start);
    }

    /// <summary>The word before a number that begins a note ends a citation: "p. 6." or "2(a);", never "p." alone.</summary>
    private static bool MayPrecede(string text, int at)
    {
        var end = at - 1;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == 0) return true;
        var start = end;
        while (start > 0 && text[start - 1] != ' ') start--;
        var word = text.AsSpan(start, end - start);
        if (IsReferenceWord(word)) return false;
        var last = word[^1];
        return !IsReferenceWord(word) && (last is '.' or ';' or ')' or ',' or ':' || char.IsAsciiDigit(last));
    }

    /// <summary>A note number is followed by its text: a space and a letter, a quote or a bracket ("2AI, p. 2" at a line start).</summary>
    private static bool Follows(string text, int end, bool glued)
    {
        if (end == text.Length) return glued;
        if (text[end] != ' ') return glued && char.IsUpper(text[end]);
        var next = end;
        while (next < text.Length && text[next] == ' ') next++;
        if (next == text.Length) return true;
        var c = text[next];
        if (!(char.IsLetter(c) || c is '(' or '"' or '“' or '\'' or '[')) return false;
        var wordEnd = next;
        while (wordEnd < text.Length && text[wordEnd] != ' ') wordEnd++;
        return !IsReferenceWord(text.AsSpan(next, wordEnd - next));
    }

    private static bool StartsWithNumber(string text, int expected) =>
        Starts(text, expected).Any(s => s.At == 0);

    private static bool IsBareNumber(string text, out int number)
    {
        number = 0;
        return text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    /// <summary>"1 A/HRC/46/15.": a note that cites only a document reads like a running header but ends a sentence.</summary>
    private static bool IsSymbolNote(string text, int expected) =>
        StartsWithNumber(text, expected) && (text.EndsWith('.') || text.Contains(", ", StringComparison.Ordinal));

    /// <summary>A page number sits beside the running header or is followed by a note of the same number.</summary>
    private static bool IsPageNumber(IReadOnlyList<SourceLine> lines, int at, int number)
    {
        // A page number ends its page: the next page's running header follows. A note number at the top of a
        // page follows the header instead.
        var k = at + 1;
        while (k < lines.Count && lines[k].IsBlank) k++;
        if (k >= lines.Count) return true;
        var text = lines[k].Text;
        return PageFurniture.IsDocumentSymbol(text.Split(' ')[0]) || text.StartsWith("GE.", StringComparison.Ordinal)
            || text.StartsWith(number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal);
    }
}
