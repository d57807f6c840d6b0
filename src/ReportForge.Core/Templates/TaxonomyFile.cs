using ReportForge.Core.Model;

namespace ReportForge.Core.Templates;

/// <summary>
/// <c>templates/taxonomy.yaml</c>: the affected groups recommendations are tagged with.
/// <code>
/// groups:
///   - id: children
///     label: Children
///     keywords: [child, children, juvenile, girls, boys]
/// </code>
/// </summary>
public static class TaxonomyFile
{
    public static IReadOnlyList<AffectedGroup> Load(string path)
    {
        var file = YamlFiles.Read<TaxonomyDocument>(path);
        var groups = new List<AffectedGroup>();
        foreach (var g in file.Groups)
        {
            if (string.IsNullOrWhiteSpace(g.Id))
                throw new InputException(path, "every group needs an id");
            groups.Add(new AffectedGroup(g.Id, g.Label ?? g.Id,
                g.Keywords.Select(k => k.Trim().ToLowerInvariant()).Where(k => k.Length > 0).ToList()));
        }
        var duplicate = groups.GroupBy(g => g.Id).FirstOrDefault(x => x.Count() > 1);
        if (duplicate is not null)
            throw new InputException(path, $"group '{duplicate.Key}' is defined twice");
        return groups;
    }

    private sealed class TaxonomyDocument
    {
        public List<GroupEntry> Groups { get; set; } = [];
    }

    private sealed class GroupEntry
    {
        public string? Id { get; set; }
        public string? Label { get; set; }
        public List<string> Keywords { get; set; } = [];
    }
}
