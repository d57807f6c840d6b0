using System.Collections.Concurrent;

namespace ReportForge.Matching.Retrieval;

/// <summary>
/// Which canonical themes of <c>templates/themes.yaml</c> a recommendation is filed under, read from the names its
/// dataset gives: UPR Info's issues ("Rights of the Child") and OHCHR's thematic-list themes ("Children: definition;
/// general principles; protection"). A theme agrees with a name that holds one of its phrases at the start of a word.
/// </summary>
public static class ThemeIssues
{
    private static readonly Dictionary<string, string[]> Phrases = new(StringComparer.Ordinal)
    {
        ["scope-of-international-obligations"] = ["international instruments", "acceptance of international norms", "ratification"],
        ["cooperation-with-human-rights-mechanisms"] = ["treaty bodies", "special procedures", "cooperation with", "upr process"],
        ["cooperation-with-treaty-bodies"] = ["treaty bodies", "cooperation with treaty"],
        ["cooperation-with-special-procedures"] = ["special procedures"],
        ["cooperation-with-ohchr"] = ["technical assistance", "ohchr"],
        ["constitutional-and-legislative-framework"] = ["constitutional", "legislative framework"],
        ["institutional-and-human-rights-infrastructure"] = ["institutions", "nhri", "national human rights institution", "national plan of action", "policies"],
        ["national-human-rights-institution"] = ["nhri", "national human rights institution"],
        ["policy-measures"] = ["national plan of action", "policies"],
        ["equality-and-non-discrimination"] = ["equality", "non-discrimination", "discrimination"],
        ["development-environment-business"] = ["development", "environment", "business"],
        ["human-rights-and-counter-terrorism"] = ["terrorism", "counter-terrorism"],
        ["human-rights-education"] = ["human rights education", "training", "awareness"],
        ["right-to-life-liberty-and-security"] = ["torture", "detention", "liberty", "security of the person", "enforced disappearances", "domestic violence", "state agents", "right to life", "death penalty"],
        ["administration-of-justice"] = ["justice", "effective remedy", "impunity", "fair trial"],
        ["fundamental-freedoms"] = ["freedom of", "participation in public affairs", "elections", "civil society", "human rights defenders"],
        ["right-to-privacy"] = ["privacy", "marriage", "family"],
        ["freedom-of-movement"] = ["freedom of movement"],
        ["prohibition-of-slavery"] = ["trafficking", "slavery"],
        ["right-to-work"] = ["labour", "right to work", "employment", "conditions of work"],
        ["right-to-social-security"] = ["social security"],
        ["right-to-adequate-standard-of-living"] = ["housing", "water", "sanitation", "food", "poverty", "adequate standard of living"],
        ["right-to-health"] = ["health"],
        ["right-to-education"] = ["right to education"],
        ["cultural-rights"] = ["cultural"],
        ["women"] = ["women", "gender"],
        ["children"] = ["child"],
        ["older-persons"] = ["older persons"],
        ["persons-with-disabilities"] = ["disabilit"],
        ["minorities-and-indigenous-peoples"] = ["minorit", "indigenous", "racial discrimination", "roma"],
        ["lgbti-persons"] = ["sexual orientation", "lesbian", "gay", "bisexual", "transgender", "intersex"],
        ["migrants-refugees-asylum-seekers"] = ["migrant", "asylum", "refugee"],
        ["internally-displaced-persons"] = ["internally displaced"],
        ["stateless-persons"] = ["nationality", "stateless", "name, identity"],
    };

    // A dataset names a few dozen issues: each is read once.
    private static readonly ConcurrentDictionary<string, string[]> KeysByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="themeKey"/> is one this list knows the dataset names of.</summary>
    public static bool Knows(string themeKey) => Phrases.ContainsKey(themeKey);

    /// <summary>The canonical theme keys the issue or theme names agree with.</summary>
    public static IReadOnlyList<string> KeysOf(IEnumerable<string> names) =>
        names.SelectMany(n => KeysByName.GetOrAdd(n, Agreeing)).Distinct(StringComparer.Ordinal).ToList();

    private static string[] Agreeing(string name) =>
        Phrases.Where(p => p.Value.Any(phrase => StartsAWord(name, phrase))).Select(p => p.Key).ToArray();

    private static bool StartsAWord(string name, string phrase)
    {
        for (var at = name.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            if (at == 0 || !char.IsLetter(name[at - 1])) return true;
        return false;
    }
}
