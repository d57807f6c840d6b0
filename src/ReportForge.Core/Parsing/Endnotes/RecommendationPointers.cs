namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>
/// 4th-cycle notes that send the reader to a recommendation in a submission:
/// "JS6 made a recommendation (para. 7.2.2)", "AI made similar recommendations (paras. 3 and 4)".
/// </summary>
internal static class RecommendationPointers
{
    private static readonly string[] Qualifiers = ["a", "the", "similar", "several", "further", "two", "three", "specific"];

    public static List<RecommendationPointer> Find(IEnumerable<Endnote> notes, CitedCodes cited)
    {
        var pointers = new List<RecommendationPointer>();
        foreach (var note in notes)
        {
            var text = note.Text;
            for (var at = text.IndexOf(" made ", StringComparison.Ordinal); at > 0; at = text.IndexOf(" made ", at + 1, StringComparison.Ordinal))
            {
                if (Reference(text, at + " made ".Length) is not { } reference) continue;
                // The code is the last cited code before "made": "See also JS6 made…" names JS6.
                var head = text[HeadStart(text, at)..at];
                var code = cited.In(head).LastOrDefault() ?? head.Split(' ')[^1];
                if (code.Length > 0) pointers.Add(new RecommendationPointer(note.Number, code, reference));
            }
        }
        return pointers;
    }

    /// <summary>"(a |similar )recommendation(s) (para. 7.2.2)" after "made": the bracket's text, brackets inside kept.</summary>
    private static string? Reference(string text, int at)
    {
        foreach (var q in Qualifiers)
            if (text.AsSpan(at).StartsWith(q + " ", StringComparison.Ordinal)) { at += q.Length + 1; break; }
        const string word = "recommendation";
        if (!text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) return null;
        at += word.Length;
        if (at < text.Length && text[at] == 's') at++;
        if (!text.AsSpan(at).StartsWith(" (", StringComparison.Ordinal)) return null;
        var open = at + 2;
        var depth = 1;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth > 0) continue;
            var reference = text[open..i].Trim();
            return reference.StartsWith("see ", StringComparison.Ordinal) ? reference[4..] : reference;
        }
        return null;
    }

    /// <summary>Up to three words back from "made", stopping at a sentence or citation boundary.</summary>
    private static int HeadStart(string text, int end)
    {
        var start = end;
        for (var words = 0; words < 3 && start > 0; words++)
        {
            var space = text.LastIndexOf(' ', start - 1);
            var candidate = space + 1;
            if (words > 0 && text[start - 1] is '.' or ';' or ',' && start - 1 > candidate - 1) break;
            start = candidate;
            if (space < 0 || (space > 0 && text[space - 1] is '.' or ';' or ',')) break;
        }
        return start;
    }
}
