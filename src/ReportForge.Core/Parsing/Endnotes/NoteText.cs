using System.Text;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Endnotes;

/// <summary>Joins the pieces of a note: single spaces, and a word split at a line-end hyphen put back together.</summary>
internal static class NoteText
{
    public static string Join(IEnumerable<SourceLine> fragments) => Join(fragments.Select(f => f.Text));

    public static string Join(IEnumerable<string> pieces)
    {
        var text = new StringBuilder();
        char last = '\0', beforeLast = '\0';
        foreach (var piece in pieces)
        {
            if (piece.Length == 0) continue;
            var hyphen = last == '-' && char.IsLower(beforeLast) && char.IsLower(piece[0]);
            if (text.Length > 0 && !hyphen) text.Append(' ');
            text.Append(piece);
            (beforeLast, last) = piece.Length > 1 ? (piece[^2], piece[^1]) : (last, piece[0]);
        }
        return Squeeze(text.ToString());
    }

    /// <summary>Runs of blanks (the gaps of a two-column layout) become one space.</summary>
    public static string Squeeze(string text)
    {
        var span = text.AsSpan().Trim();
        if (!span.Contains("  ", StringComparison.Ordinal)) return span.Length == text.Length ? text : span.ToString();
        var result = new StringBuilder(span.Length);
        var previous = '\0';
        foreach (var c in span)
        {
            if (c == ' ' && previous == ' ') continue;
            result.Append(c);
            previous = c;
        }
        return result.ToString();
    }
}
