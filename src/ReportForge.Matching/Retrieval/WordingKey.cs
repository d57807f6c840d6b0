namespace ReportForge.Matching.Retrieval;

/// <summary>Wording compared loosely: case, spacing, typographic quotes and a final full stop do not count.</summary>
public static class WordingKey
{
    public static string Of(string text) =>
        string.Join(' ', text.ToLowerInvariant()
                .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('.', ';');
}
