using System.Text.RegularExpressions;

namespace ReportForge.Core.Synthesis;

/// <summary>Replaces whole names by their counterparts, and the country's adjectives by the new name.</summary>
internal sealed class Renamer
{
    private readonly Dictionary<string, string> _map;
    private readonly Regex _names;
    private readonly Regex _adjectives;
    private readonly string _country;

    public Renamer(string sampleCountry, Dictionary<string, string> map)
    {
        _map = map;
        _country = map[sampleCountry];
        var alternatives = string.Join("|", map.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // whole names only: "AI" must not match inside "AIDS", "JS1" not inside "JS10"
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}-])({alternatives})(?![\p{{L}}\p{{N}}-])", RegexOptions.CultureInvariant);
        // "Kazakh law", "Kazakhstani society"
        _adjectives = new Regex($@"\b{Regex.Escape(sampleCountry[..Math.Min(6, sampleCountry.Length)])}\p{{L}}*", RegexOptions.CultureInvariant);
    }

    public string Apply(string text) => _adjectives.Replace(_names.Replace(text, m => _map[m.Value]), _country);
}
