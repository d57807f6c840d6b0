namespace ReportForge.Core.Enrichment;

/// <summary>
/// A cheap test before a dictionary lookup of every word in running text: most words ("the",
/// "noted", "law") cannot be a key because no key has their first letter and length. Words the
/// test cannot rule out (non-ASCII first letter, longer than 63) are always looked up.
/// </summary>
internal sealed class WordPrefilter
{
    private readonly bool[] _firstAscii = new bool[128];
    private ulong _lengths;
    /// <summary>A key that ignores case and starts outside ASCII may match in ways not worth modelling: no first-letter test then.</summary>
    private readonly bool _anyFirst;
    private readonly bool _ignoreCase;

    /// <param name="ignoreCase">Keys compare as <see cref="StringComparer.OrdinalIgnoreCase"/> (upper-cased letters), else ordinally.</param>
    public WordPrefilter(IEnumerable<string> keys, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var key in keys)
        {
            if (key.Length == 0) continue;
            _lengths |= key.Length < 64 ? 1UL << key.Length : 1UL << 63;
            if (key[0] >= 128) _anyFirst |= ignoreCase;
            else _firstAscii[Fold(key[0])] = true;
        }
    }

    /// <summary>False only when <paramref name="word"/> can be no key.</summary>
    public bool MayMatch(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (word.Length < 63 && (_lengths & (1UL << word.Length)) == 0) return false;
        // An ASCII letter folds only to ASCII, so it can only equal a key that starts with it.
        return _anyFirst || word[0] >= 128 || _firstAscii[Fold(word[0])];
    }

    private char Fold(char c) => _ignoreCase ? char.ToUpperInvariant(c) : c;
}
