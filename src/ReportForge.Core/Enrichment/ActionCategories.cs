using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>
/// UPR Info's action categories from the ask's main verb: 1 minimal (share, seek assistance),
/// 2 continuing (continue, maintain), 3 considering (consider, review), 4 general (ensure, take
/// measures, promote), 5 specific (ratify, adopt, repeal, abolish, establish, amend, enact).
/// The first verb found decides; "develop and adopt" takes the stronger of the pair.
/// </summary>
internal static class ActionCategories
{
    private static readonly Dictionary<string, ActionCategory> Verbs = Build(
        (ActionCategory.Specific,
        [
            "ratify", "ratification", "ratified", "accede", "accession", "adopt", "adopted", "adoption", "repeal",
            "repealed", "abolish", "abolished", "abolition", "establish", "established", "establishment", "amend",
            "amended", "amendment", "enact", "enacted", "enactment", "criminalize", "criminalise", "decriminalize",
            "decriminalise", "prohibit", "prohibited", "revise", "revised", "revision", "annul", "withdraw", "extend",
            "extended", "invitation", "invite", "introduce", "introduced", "passed", "pass", "sign", "signed",
            "terminate", "terminated", "set", "inclusion", "include", "remove", "moratorium", "place",
        ]),
        (ActionCategory.General,
        [
            "ensure", "ensured", "take", "promote", "train", "strengthen", "guarantee", "protect", "respect",
            "combat", "develop", "improve", "implement", "design", "undertake", "provide", "put", "follow",
            "recognize", "recognise", "make", "increase", "limit", "counter", "address", "eliminate", "prevent",
            "investigate", "prosecute", "intensify", "brought", "bring", "desist", "allow", "stop", "end", "raise",
            "support", "publish", "inform", "resolution", "observe", "uphold", "reduce", "create",
        ]),
        (ActionCategory.Considering, ["consider", "review", "reviewed", "explore", "study", "examine", "assess", "evaluate"]),
        (ActionCategory.Continuing, ["continue", "maintain", "pursue", "persevere", "sustain"]),
        (ActionCategory.Minimal, ["share", "seek", "request", "cooperate"]));

    private static readonly Dictionary<string, ActionCategory>.AlternateLookup<ReadOnlySpan<char>> VerbsBySpan =
        Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Invariant lower-casing keeps the length, so a longer word is no verb and need not be lowered.</summary>
    private static readonly int LongestVerb = Verbs.Keys.Max(v => v.Length);

    public static ActionCategory Of(string ask)
    {
        // Words are read one at a time and lowered into a small buffer: only the first verb matters.
        Span<char> lower = stackalloc char[LongestVerb];
        var at = 0;
        while (Words.Next(ask, ref at, out var word))
        {
            if (!TryVerb(ask.AsSpan()[word], lower, out var category)) continue;
            // "develop and adopt a law": the pair counts as one action, the stronger one.
            var after = at;
            if (Words.Next(ask, ref after, out var joiner) && IsAndOr(ask.AsSpan()[joiner], lower)
                && Words.Next(ask, ref after, out var second) && TryVerb(ask.AsSpan()[second], lower, out var paired))
                return (ActionCategory)Math.Max((int)category, (int)paired);
            return category;
        }
        return ActionCategory.General;
    }

    private static bool TryVerb(ReadOnlySpan<char> word, Span<char> buffer, out ActionCategory category)
    {
        category = default;
        return word.Length <= buffer.Length && VerbsBySpan.TryGetValue(Lower(word, buffer), out category);
    }

    private static bool IsAndOr(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length is 2 or 3 && Lower(word, buffer) is "and" or "or";

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var written = word.ToLowerInvariant(buffer);
        return buffer[..written];
    }

    private static Dictionary<string, ActionCategory> Build(params (ActionCategory Category, string[] Words)[] groups)
    {
        var map = new Dictionary<string, ActionCategory>(StringComparer.Ordinal);
        foreach (var (category, words) in groups)
            foreach (var w in words) map.TryAdd(w, category);
        return map;
    }
}
