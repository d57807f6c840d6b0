namespace ReportForge.Core.Enrichment;

/// <summary>
/// "… stated that the Government should adopt…", "… that Denmark must repeal…": a stakeholder saying
/// what the State should do asks it, whatever the reporting verb. "The law must be approved by…"
/// (a rule described) and "Kazakhstan should be commended" (praise) are not asks.
/// </summary>
internal static class ShouldClause
{
    private static readonly string[] Subjects = ["State", "Government", "authorities", "it", "Parliament", "legislature"];
    private static readonly string[] NotAsks = ["be commended", "be welcomed", "be praised", "be congratulated", "have been"];

    public static bool AsksTheState(string clause, string country)
    {
        var lastWord = country[(country.LastIndexOf(' ') + 1)..];
        foreach (var modal in (string[])[" should ", " must "])
        {
            for (var at = clause.IndexOf(modal, StringComparison.Ordinal); at > 0; at = clause.IndexOf(modal, at + 1, StringComparison.Ordinal))
            {
                var subject = clause[(clause.LastIndexOf(' ', at - 1) + 1)..at];
                if (subject != lastWord && !Subjects.Contains(subject)) continue;
                var after = at + modal.Length;
                if (!NotAsks.Any(n => string.CompareOrdinal(clause, after, n, 0, n.Length) == 0)) return true;
            }
        }
        return false;
    }
}
