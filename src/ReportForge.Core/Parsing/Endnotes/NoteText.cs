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
        foreach (var piece in pieces)
        {
            if (piece.Length == 0) continue;
            var hyphen = text.Length > 1 && text[^1] == '-' && char.IsLower(text[^2]) && char.IsLower(piece[0]);
            if (text.Length > 0 && !hyphen) text.Append(' ');
            text.Append(piece);
        }
        return Squeeze(text.ToString());
    }

    /// <summary>Runs of blanks (the gaps of a two-column layout) become one space.</summary>
    public static string Squeeze(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && result.Length > 0 && result[^1] == ' ') continue;
            result.Append(c);
        }
        return result.ToString().Trim();
    }
}
