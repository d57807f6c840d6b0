using System.Globalization;
using System.Text;

namespace ReportForge.Core.Model;

/// <summary>Lower-case, dash-separated ASCII names for files and URLs.</summary>
public static class Slugs
{
    /// <summary>What <see cref="From"/> gives for a text without a single Latin letter or digit.</summary>
    public const string Untitled = "untitled";

    /// <summary>The slug of <paramref name="text"/>; Cyrillic and Greek letters are transliterated, other scripts dropped.</summary>
    public static string From(string text, int maxLength = 60)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Transliteration.ToLatin(text.Normalize(NormalizationForm.FormD)))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? Untitled : slug;
    }

    /// <summary>
    /// True when <see cref="From"/> drops a letter or digit of <paramref name="text"/> (a script with no
    /// Latin spelling here), so two different names could share one slug.
    /// </summary>
    public static bool LosesLetters(string text) =>
        Transliteration.ToLatin(text.Normalize(NormalizationForm.FormD))
            .Any(c => c >= 128 && char.IsLetterOrDigit(c));
}
