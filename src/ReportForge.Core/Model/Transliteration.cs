using System.Text;

namespace ReportForge.Core.Model;

/// <summary>
/// Latin spellings of Cyrillic (Russian, Kazakh, Ukrainian, Belarusian) and Greek letters, so names
/// such as <c>Казахстан</c> become <c>kazakhstan</c> instead of nothing.
/// </summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Latin = Build();

    /// <summary>The Latin spelling of <paramref name="c"/> (lower case), or null when there is none.</summary>
    public static string? Of(char c) => Latin.GetValueOrDefault(char.ToLowerInvariant(c));

    private static Dictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        void Add(string letters, params string[] spellings)
        {
            for (var i = 0; i < letters.Length; i++) table[letters[i]] = spellings[i];
        }
        Add("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
        Add("әғқңөұүһіїєґў", "a", "g", "q", "n", "o", "u", "u", "h", "i", "yi", "ye", "g", "w");
        Add("αβγδεζηθικλμνξοπρσςτυφχψω", "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o");
        return table;
    }

    /// <summary><paramref name="text"/> with every letter that has a Latin spelling replaced by it.</summary>
    public static string ToLatin(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Of(c) ?? c.ToString());
        return sb.ToString();
    }
}
