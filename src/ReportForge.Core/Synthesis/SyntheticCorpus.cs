using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;

namespace ReportForge.Core.Synthesis;

/// <summary>A generated summary: its source id, country and text.</summary>
public sealed record SyntheticSource(string Id, string Country, string Text);

/// <summary>
/// Realistic summaries derived from a real one, for load and scale measurements: another country's
/// name, 0.5× to 3× the paragraphs, stakeholders and thematic sections shuffled, every other one laid
/// out as a later-cycle summary (unnumbered themes, one paragraph per line, some run together). The
/// same seed always gives the same corpus.
/// </summary>
public static class SyntheticCorpus
{
    public static IEnumerable<SyntheticSource> Generate(Summary sample, int count, int seed = 2010)
    {
        var states = MemberStates.Names.Where(n => n != sample.Country).ToList();
        for (var i = 0; i < count; i++)
        {
            var random = new Random(seed + i * 7919);
            var country = states[random.Next(states.Count)];
            var factor = 0.5 + random.NextDouble() * 2.5;
            var id = $"{Slugs.From(country)}-{i + 1:000}";
            var shape = i % 2 == 0 ? SummaryShape.FirstCycle : SummaryShape.LaterCycle;
            yield return new SyntheticSource(id, country, Derive(sample, country, factor, random, shape));
        }
    }

    /// <summary>The sample with every paragraph repeated <paramref name="factor"/> times, nothing shuffled.</summary>
    public static string Scaled(Summary sample, int factor, SummaryShape shape = SummaryShape.FirstCycle)
    {
        var blocks = sample.Paragraphs
            .SelectMany(p => Enumerable.Repeat(new SummaryWriter.Block(p.SectionId, SummaryWriter.MarkedText(p)), factor))
            .ToList();
        return SummaryWriter.Write(sample.Sections, blocks, shape);
    }

    private static string Derive(Summary sample, string country, double factor, Random random, SummaryShape shape)
    {
        var (sections, newIds) = ShuffleThemes(sample.Sections, random);
        var rename = new Renamer(sample.Country, RenameMap(sample, country, random));
        var blocks = new List<SummaryWriter.Block>();
        foreach (var p in sample.Paragraphs)
        {
            var copies = (int)factor + (random.NextDouble() < factor - (int)factor ? 1 : 0);
            var text = rename.Apply(SummaryWriter.MarkedText(p));
            for (var c = 0; c < copies; c++) blocks.Add(new SummaryWriter.Block(newIds[p.SectionId], text));
        }
        return SummaryWriter.Write(sections, blocks, shape);
    }

    /// <summary>Shuffles the numbered themes inside each lettered section and renumbers them.</summary>
    private static (List<Section> Sections, Dictionary<string, string> NewIds) ShuffleThemes(IReadOnlyList<Section> sections, Random random)
    {
        var newIds = sections.ToDictionary(s => s.Id, s => s.Id);
        var result = new List<Section>();
        foreach (var section in sections.Where(s => s.Level != SectionLevel.Numbered))
        {
            result.Add(section);
            var children = sections.Where(s => s.ParentId == section.Id && s.Level == SectionLevel.Numbered).ToArray();
            random.Shuffle(children);
            for (var n = 0; n < children.Length; n++)
            {
                var id = $"{section.Id}.{n + 1}";
                newIds[children[n].Id] = id;
                result.Add(children[n] with { Id = id });
            }
        }
        return (result, newIds);
    }

    /// <summary>
    /// Country and stakeholder substitutions. Stakeholders swap codes and names as pairs, within their
    /// kind (named organisations, joint submissions, others), so definitions stay consistent.
    /// </summary>
    private static Dictionary<string, string> RenameMap(Summary sample, string country, Random random)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal) { [sample.Country] = country };
        var kinds = sample.Stakeholders.GroupBy(s => s.Name is not null ? 0 : s.Abbreviation.StartsWith("JS", StringComparison.Ordinal) ? 1 : 2);
        foreach (var kind in kinds)
        {
            var from = kind.ToArray();
            var to = kind.ToArray();
            random.Shuffle(to);
            for (var k = 0; k < from.Length; k++)
            {
                map[from[k].Abbreviation] = to[k].Abbreviation;
                if (from[k].Name is { } name && to[k].Name is { } other) map[name] = other;
            }
        }
        return map;
    }
}
