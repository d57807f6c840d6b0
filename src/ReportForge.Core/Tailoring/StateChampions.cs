using ReportForge.Core.Model;

namespace ReportForge.Core.Tailoring;

/// <summary>One of the brief's asks that a State made a similar recommendation on, with its earlier wording.</summary>
public sealed record ChampionedAsk(Recommendation Ask, IReadOnlyList<EarlierRecommendation> Earlier);

/// <summary>A State that made recommendations like the brief's asks at earlier reviews.</summary>
public sealed record StateChampion(string State, IReadOnlyList<ChampionedAsk> Asks)
{
    public int Supported => Asks.SelectMany(a => a.Earlier).Count(e => e.Response == "supported");
    public int Noted => Asks.SelectMany(a => a.Earlier).Count(e => e.Response == "noted");
}

/// <summary>The States to meet: ranked by how many of the brief's asks they recommended on before.</summary>
public static class StateChampions
{
    public static IReadOnlyList<StateChampion> Rank(BriefContent content) =>
        content.AllRecommendations
            .SelectMany(ask => content.EarlierFor(ask.Id).SelectMany(e => e.States.Select(state => (State: state, Ask: ask, Earlier: e))))
            .GroupBy(x => x.State, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StateChampion(g.Key, g
                .GroupBy(x => x.Ask.Id, StringComparer.Ordinal)
                .Select(a => new ChampionedAsk(a.First().Ask, a.Select(x => x.Earlier).ToList()))
                .ToList()))
            .OrderByDescending(s => s.Asks.Count)
            .ThenBy(s => s.State, StringComparer.Ordinal)
            .ToList();
}
