namespace ReportForge.Core.Parsing.Inline;

/// <summary>How strongly the characters around a run of digits suggest a footnote marker.</summary>
internal enum MarkerContext
{
    /// <summary>Part of the text: "in 2008", "article 10", "11.1 per cent" (the second 1 is <see cref="Decimal"/>).</summary>
    None,
    /// <summary>Glued to punctuation or a lower-case word: "opportunity.3", "(JS)1", "nature116".</summary>
    Glued,
    /// <summary>After punctuation and a space: "OP-CAT, 43", "severe. 112".</summary>
    Spaced,
    /// <summary>After "digit." or a dash: "ICCPR–OP 2.2" is a marker, "11.1" and "570-590" are not; only the sequence can tell.</summary>
    Decimal,
    /// <summary>Glued to a capital, as a stakeholder code's number: "JS3" or "JS230" (JS2 + 30).</summary>
    Code,
    /// <summary>After a word and a space: "CoE-Commissioner 104 made", "article 10 of"; only the sequence can tell.</summary>
    AfterWord,
}

/// <summary>Classifies the run of digits <c>text[start..end]</c>.</summary>
internal static class MarkerContexts
{
    public static MarkerContext Classify(string text, int start, int end)
    {
        if (end < text.Length && text[end] == '%') return MarkerContext.None;
        if (start == 0) return MarkerContext.None;
        var before = text[start - 1];
        if (char.IsLetter(before))
            return char.IsUpper(before) ? MarkerContext.Code : MarkerContext.Glued;
        if (before == '.' && start >= 2 && char.IsAsciiDigit(text[start - 2])) return MarkerContext.Decimal;
        if (IsClosing(before)) return MarkerContext.Glued;
        if (before is '-' or '–') return MarkerContext.Decimal;
        if (before != ' ') return MarkerContext.None;
        var i = start - 1;
        while (i > 0 && text[i] == ' ') i--;
        if (char.IsLetter(text[i])) return FollowedByWord(text, end) ? MarkerContext.AfterWord : MarkerContext.None;
        if (!IsClosing(text[i]) || text[i] == '\'') return MarkerContext.None;
        // "in 2018. 120": after a number's full stop only the sequence can tell.
        return text[i] == '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) ? MarkerContext.Decimal : MarkerContext.Spaced;
    }

    /// <summary>"… 104 made": a space and a word follow ("OP 2.2" and "2008," are numbers of the text).</summary>
    private static bool FollowedByWord(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]);

    public static bool IsStrong(MarkerContext context) => context is MarkerContext.Glued or MarkerContext.Spaced;

    private static bool IsClosing(char c) =>
        c is '.' or ',' or ';' or ':' or ')' or ']' or '"' or '”' or '’' or '\'' or '»' or '?' or '!';
}
