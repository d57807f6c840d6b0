namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// Pairs a block of codes with the block of names that follows it. A plain extractor prints a column
/// of codes ("ICAN", "IREC ISDNGO", "Outright International Partners for Transparency PC(USA) PHR PHS")
/// and then the names; the words must be grouped into exactly as many codes as there are names. Each
/// grouping is scored against its name (a code the notes cite, the name's start, its initials) and the
/// best grouping over the whole block wins.
/// </summary>
internal static class CodeNamePairing
{
    /// <summary>One word of the code column, and whether a new line of the column starts with it.</summary>
    public readonly record struct Word(string Text, bool StartsLine);

    /// <summary>The codes for <paramref name="names"/>, in order: words grouped, or null where there are too few words.</summary>
    public static List<(int First, int Count)?> Pair(IReadOnlyList<Word> words, IReadOnlyList<string> names, IReadOnlySet<string> known)
    {
        int t = words.Count, m = names.Count;
        var result = new List<(int, int)?>(m);
        if (m == 0) return result;
        if (t < m)
        {
            // Fewer codes than names: the block lost some; pair word by word as far as they go.
            for (var j = 0; j < m; j++) result.Add(j < t ? (j, 1) : null);
            return result;
        }
        const int maxWords = 6;
        var best = new double[t + 1, m + 1];
        var from = new int[t + 1, m + 1];
        for (var i = 0; i <= t; i++)
            for (var j = 0; j <= m; j++) best[i, j] = double.NegativeInfinity;
        best[0, 0] = 0;
        var codes = new Candidates(words, maxWords);
        for (var j = 1; j <= m; j++)
            for (var i = j; i <= t - (m - j); i++)
                for (var len = 1; len <= Math.Min(maxWords, i); len++)
                {
                    var prev = best[i - len, j - 1];
                    if (double.IsNegativeInfinity(prev)) continue;
                    var score = prev + Score(words, codes, i - len, len, names[j - 1], known);
                    if (score > best[i, j]) (best[i, j], from[i, j]) = (score, len);
                }
        if (double.IsNegativeInfinity(best[t, m]))
        {
            for (var j = 0; j < m; j++) result.Add((j, 1));
            return result;
        }
        var groups = new (int, int)?[m];
        for (int j = m, i = t; j > 0; j--)
        {
            var len = from[i, j];
            groups[j - 1] = (i - len, len);
            i -= len;
        }
        result.AddRange(groups);
        return result;
    }

    public static string Join(IReadOnlyList<Word> words, int first, int count) =>
        string.Join(' ', words.Skip(first).Take(count).Select(w => w.Text)).TrimEnd(',');

    private static double Score(IReadOnlyList<Word> words, Candidates codes, int first, int count, string name, IReadOnlySet<string> known)
    {
        var code = codes.Code(first, count);
        var score = 0.0;
        if (known.Contains(code)) score += 4;
        var bare = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name.AsSpan(4) : name;
        if (name.StartsWith(code, StringComparison.OrdinalIgnoreCase) || bare.StartsWith(code, StringComparison.OrdinalIgnoreCase)) score += 3;
        else if (count > 1 && name.Contains(codes.Tail(first, count), StringComparison.OrdinalIgnoreCase)) score += 1.5;
        if (CodeShapes.IsAcronymOf(code, name)) score += 2;
        for (var k = first + 1; k < first + count; k++)
            score -= words[k].StartsLine ? 3 : 1.5;
        return score;
    }

    /// <summary>
    /// The codes the words can form, each joined once: the pairing scores every run of up to
    /// <c>maxWords</c> words against several names.
    /// </summary>
    private sealed class Candidates(IReadOnlyList<Word> words, int maxWords)
    {
        private readonly string?[,] _codes = new string?[words.Count, maxWords + 1];
        private readonly string?[,] _tails = new string?[words.Count, maxWords + 1];

        /// <summary>Words <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> as one code.</summary>
        public string Code(int first, int count) => _codes[first, count] ??= Join(words, first, count);

        /// <summary>The same words without the first, which a name may hold when the first is another code's end.</summary>
        public string Tail(int first, int count) =>
            _tails[first, count] ??= string.Join(' ', words.Skip(first + 1).Take(count - 1).Select(w => w.Text));
    }
}
