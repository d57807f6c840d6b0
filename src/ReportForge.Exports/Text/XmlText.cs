using System.Text;

namespace ReportForge.Exports.Text;

/// <summary>Makes text safe to store in XML-based documents (Word, Excel).</summary>
public static class XmlText
{
    /// <summary>
    /// Removes characters XML 1.0 cannot hold: control characters other than tab, line feed and
    /// carriage return, lone surrogates, and U+FFFE/U+FFFF. Returns the same instance when nothing
    /// needs removing.
    /// </summary>
    public static string Strip(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var firstBad = FirstInvalid(text);
        if (firstBad < 0) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (IsValidSingle(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds nothing <see cref="Strip"/> would remove.</summary>
    public static bool IsValid(string? text) => string.IsNullOrEmpty(text) || FirstInvalid(text) < 0;

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsValidSingle(c)) return i;
        }
        return -1;
    }

    // Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
    private static bool IsValidSingle(char c) =>
        c == '\t' || c == '\n' || c == '\r' ||
        (c >= '\u0020' && c <= '\uD7FF') ||
        (c >= '\uE000' && c <= '\uFFFD');
}
