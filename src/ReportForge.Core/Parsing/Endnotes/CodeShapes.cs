using ReportForge.Core.Parsing.Blocks;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>What codes look like in the list: "AI", "JS12", "CoE-ECRI", "PC(USA)", "C.I.L", "interACT".</summary>
internal static class CodeShapes
{
    /// <summary>A word that can only be a code: no sentence punctuation, and two capitals or a capital and a digit.</summary>
    public static bool IsStrongToken(string token)
    {
        token = token.TrimEnd(',');
        if (token.Length == 0) return false;
        var upper = 0;
        var digit = false;
        foreach (var c in token)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsDigit(c)) digit = true;
            else if (!(char.IsLetter(c) || c is '.' or '-' or '/' or '(' or ')' or '&' or '_' or '\'' or '’' or '+')) return false;
        }
        return upper >= 2 || (upper == 1 && digit);
    }

    /// <summary>Running headers and page numbers the extractor left among codes ("…/USA/3 JS42", "JS69 18").</summary>
    public static bool IsFurnitureToken(string token) =>
        PageFurniture.IsDocumentSymbol(token) || token.All(char.IsAsciiDigit) || token is "Page" or "(E)";

    /// <summary>"JS12" or "JS 12": a joint submission's code, with its number.</summary>
    public static bool IsJointCode(string code, out int number)
    {
        number = 0;
        if (!code.StartsWith("JS", StringComparison.Ordinal)) return false;
        var digits = code.AsSpan(2).TrimStart(' ');
        return digits.Length is > 0 and <= 3 && !digits.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    public static string[] Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !IsFurnitureToken(t)).ToArray();

    /// <summary>How many of the words of <paramref name="tokens"/> are covered by known codes (cited in the notes or the body).</summary>
    public static int KnownCoverage(string[] tokens, IReadOnlySet<string> known)
    {
        var covered = 0;
        for (var i = 0; i < tokens.Length;)
        {
            var step = 0;
            for (var len = Math.Min(5, tokens.Length - i); len >= 1 && step == 0; len--)
                if (known.Contains(string.Join(' ', tokens, i, len).TrimEnd(','))) step = len;
            covered += step;
            i += Math.Max(step, 1);
        }
        return covered;
    }

    /// <summary>
    /// The capitals (or, for an all lower-case code, the letters) of <paramref name="code"/> appear in
    /// order as the first letters of the words of <paramref name="name"/>: AI, Amnesty International.
    /// </summary>
    public static bool IsAcronymOf(string code, string name)
    {
        var capitals = 0;
        foreach (var c in code)
            if (char.IsUpper(c)) capitals++;
        if (capitals < 2) return false;
        var k = 0; // the next capital of the code to find
        var wordStart = true;
        foreach (var c in name)
        {
            if (c is ' ' or '-' or '/' or '(' or ')' or '\'')
            {
                wordStart = true;
                continue;
            }
            if (wordStart && char.IsLetter(c) && k < code.Length && char.ToUpperInvariant(c) == NextCapital(code, ref k)) k++;
            wordStart = false;
        }
        return k >= code.Length || NextCapital(code, ref k) == '\0';
    }

    /// <summary>The capital at or after <paramref name="at"/> in <paramref name="code"/> (moving <paramref name="at"/> to it), or '\0'.</summary>
    private static char NextCapital(string code, ref int at)
    {
        while (at < code.Length && !char.IsUpper(code[at])) at++;
        return at < code.Length ? code[at] : '\0';
    }
}
