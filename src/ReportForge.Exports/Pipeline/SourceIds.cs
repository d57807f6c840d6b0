using System.Text.RegularExpressions;
using ReportForge.Core;

namespace ReportForge.Exports.Pipeline;

/// <summary>What a source id may be: it names a folder and a URL segment.</summary>
public static partial class SourceIds
{
    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary><paramref name="id"/> trimmed, or null when none was given.</summary>
    /// <exception cref="InputException">Not a valid id; <paramref name="origin"/> names where it came from.</exception>
    public static string? Check(string? id, string origin)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var trimmed = id.Trim();
        return IsValid(trimmed) ? trimmed
            : throw new InputException(origin, $"'{trimmed}' is not a source id: use lower-case letters, digits and dashes");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex Pattern();
}
