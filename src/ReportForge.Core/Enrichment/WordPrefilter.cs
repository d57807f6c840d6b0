using System.Buffers;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// Finds, in running text, the words that could be keys of a lookup, so most words ("the", "noted",
/// "law") are neither hashed nor even read: a vectorised search skips to the next character that
/// some key starts with, then the word's length is checked. Words outside ASCII are always offered.
/// </summary>
internal sealed class WordPrefilter
{
    /// <summary>ASCII characters no key starts with (in either case, when case is ignored).</summary>
    private readonly SearchValues<char> _cannotStart;
    private readonly ulong _lengths;

    /// <param name="keys">Whole words: runs of letters and digits.</param>
    /// <param name="ignoreCase">Keys compare as <see cref="StringComparer.OrdinalIgnoreCase"/>, else ordinally.</param>
    public WordPrefilter(IEnumerable<string> keys, bool ignoreCase)
    {
        var mayStart = new bool[128];
        // A key ignoring case that starts outside ASCII is not worth modelling: every character may start one then.
        var anyStart = false;
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            _lengths |= key.Length < 64 ? 1UL << key.Length : 1UL << 63;
            var first = key[0];
            if (first >= 128) anyStart |= ignoreCase;
            else if (!ignoreCase) mayStart[first] = true;
            else mayStart[char.ToUpperInvariant(first)] = mayStart[char.ToLowerInvariant(first)] = true;
        }
        var cannotStart = new List<char>();
        for (var c = '\0'; c < 128 && !anyStart; c++)
            if (!mayStart[c]) cannotStart.Add(c);
        _cannotStart = SearchValues.Create(cannotStart.ToArray());
    }

    /// <summary>False only when <paramref name="word"/> can be no key.</summary>
    public bool MayMatch(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word.Length >= 63 || (_lengths & (1UL << word.Length)) != 0)
        && (word[0] >= 128 || !_cannotStart.Contains(word[0]));

    /// <summary>
    /// The next word at or after <paramref name="at"/> (as <see cref="Words.Next"/> reads them) that
    /// may be a key; <paramref name="at"/> moves past it. Words skipped could be no key.
    /// </summary>
    public bool Next(ReadOnlySpan<char> text, ref int at, out Range word, bool lettersOnly = false)
    {
        while (at < text.Length)
        {
            var hit = text[at..].IndexOfAnyExcept(_cannotStart);
            if (hit < 0) break;
            var start = at + hit;
            var end = start;
            while (end < text.Length && Words.IsWordChar(text[end], lettersOnly)) end++;
            if (end == start)
            {
                at = start + 1;
                continue;
            }
            at = end;
            // Inside a word that began with a character no key starts with ("aChad").
            if (start > 0 && Words.IsWordChar(text[start - 1], lettersOnly)) continue;
            if (!MayMatch(text[start..end])) continue;
            word = new Range(start, end);
            return true;
        }
        at = text.Length;
        word = default;
        return false;
    }
}
