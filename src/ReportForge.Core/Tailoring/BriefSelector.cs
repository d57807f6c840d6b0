using ReportForge.Core.Model;

namespace ReportForge.Core.Tailoring;

/// <summary>Cuts a summary down to what one profile keeps.</summary>
public static class BriefSelector
{
    /// <exception cref="InputException">The profile names a theme, stakeholder or group the summary lacks.</exception>
    public static BriefContent Select(Summary summary, SourceDescriptor source, BriefProfile profile, IReadOnlyList<AffectedGroup> taxonomy)
    {
        var where = profile.Name + ".yaml";
        var themeIds = ThemeMatcher.Resolve(summary, profile.Themes, where);
        var stakeholders = ResolveStakeholders(summary, profile.Stakeholders, where);
        var groups = ResolveGroups(summary, profile.Groups, taxonomy, where);

        bool Keeps(IReadOnlyList<string> codes, IReadOnlyList<string> tagged) =>
            (stakeholders.Count == 0 || codes.Any(stakeholders.Contains)) &&
            (groups.Count == 0 || tagged.Any(groups.Contains));

        var sectionOf = new Dictionary<int, string>();
        foreach (var p in summary.Paragraphs) sectionOf.TryAdd(p.Number, p.SectionId); // first wins, as Summary.Paragraph(n) does
        var themes = new List<ThemeContent>();
        // One theme per canonical key: the institution's "Women" and the other stakeholders' "Women" are one area.
        var selected = summary.Themes.Where(t => themeIds is null || themeIds.Contains(t.Id));
        foreach (var group in selected.GroupBy(t => t.ThemeKey, StringComparer.Ordinal))
        {
            var ids = group.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            var section = group.First();
            var statements = summary.Statements
                .Where(s => ids.Contains(sectionOf.GetValueOrDefault(s.Paragraph) ?? ""))
                .Where(s => Includes(profile.Include, s.Kind) && Keeps(s.Stakeholders, s.AffectedGroups))
                .ToList();
            var asks = profile.Include.Recommendations
                ? summary.Recommendations.Where(r => ids.Contains(r.SectionId) && Keeps(r.Stakeholders, r.AffectedGroups))
                : [];
            var ordered = Order(asks, profile.Order);
            if (!profile.SelectsEverything && statements.Count == 0 && ordered.Count == 0) continue;
            var paragraphs = summary.Paragraphs
                .Where(p => ids.Contains(p.SectionId) &&
                            (statements.Any(s => s.Paragraph == p.Number) || ordered.Any(r => r.Paragraph == p.Number)))
                .ToList();
            themes.Add(new ThemeContent(section, summary.Ancestry(section.Id), paragraphs, statements, ordered) { SectionIds = ids });
        }

        var keyAsks = Order(themes.SelectMany(t => t.Recommendations), BriefOrder.ByActionCategory);
        var cited = themes.SelectMany(t => t.Statements.SelectMany(s => s.Stakeholders)
                .Concat(t.Recommendations.SelectMany(r => r.Stakeholders)))
            .ToHashSet(StringComparer.Ordinal);
        var keptStakeholders = summary.Stakeholders.Where(s => cited.Contains(s.Abbreviation)).ToList();
        return new BriefContent(summary, source, profile, themes, keyAsks, keptStakeholders, taxonomy);
    }

    private static bool Includes(IncludedContent include, StatementKind kind) => kind switch
    {
        StatementKind.Concern => include.Concerns,
        StatementKind.Observation or StatementKind.Assessment => include.Observations,
        StatementKind.Positive => include.Positive,
        StatementKind.Recommendation => include.Recommendations,
        _ => true,
    };

    private static List<Recommendation> Order(IEnumerable<Recommendation> asks, BriefOrder order) => order switch
    {
        BriefOrder.ByActionCategory => asks.OrderByDescending(r => r.ActionCategory).ThenBy(r => r.Paragraph).ToList(),
        _ => asks.OrderBy(r => r.Paragraph).ToList(),
    };

    private static HashSet<string> ResolveStakeholders(Summary summary, IReadOnlyList<string> wanted, string where)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            var match = summary.Stakeholders.FirstOrDefault(s =>
                string.Equals(s.Abbreviation, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                throw new InputException(where,
                    $"stakeholder '{name}' does not appear in the summary of {summary.Country}; it cites {string.Join(", ", summary.Stakeholders.Select(s => s.Abbreviation))}");
            codes.Add(match.Abbreviation);
        }
        return codes;
    }

    private static HashSet<string> ResolveGroups(Summary summary, IReadOnlyList<string> wanted, IReadOnlyList<AffectedGroup> taxonomy, string where)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            var group = taxonomy.FirstOrDefault(g =>
                string.Equals(g.Id, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(g.Label, name, StringComparison.OrdinalIgnoreCase));
            if (group is null)
                throw new InputException(where,
                    $"affected group '{name}' is not in taxonomy.yaml; groups: {string.Join(", ", taxonomy.Select(g => g.Id))}");
            var mentioned = summary.Recommendations.Any(r => r.AffectedGroups.Contains(group.Id)) ||
                            summary.Statements.Any(s => s.AffectedGroups.Contains(group.Id));
            if (!mentioned)
                throw new InputException(where, $"affected group '{group.Id}' is not mentioned in the summary of {summary.Country}");
            ids.Add(group.Id);
        }
        return ids;
    }
}
