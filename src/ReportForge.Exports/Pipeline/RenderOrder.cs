namespace ReportForge.Exports.Pipeline;

/// <summary>
/// The order files are taken up for rendering. The first file of each kind carries its renderer's start-up
/// (libraries loaded, fonts and templates read, code compiled), so those go first, one kind after another:
/// the cores start up different renderers side by side instead of one waiting for the other's start-up.
/// </summary>
public static class RenderOrder
{
    /// <returns>Indexes into <paramref name="artifacts"/>: the first of each kind (by kind), then the rest in plan order.</returns>
    public static IReadOnlyList<int> StartUpsFirst(IReadOnlyList<PlannedArtifact> artifacts)
    {
        var firsts = new SortedDictionary<ArtifactKind, int>();
        for (var i = 0; i < artifacts.Count; i++)
            firsts.TryAdd(artifacts[i].Plan.Kind, i);
        var order = new List<int>(artifacts.Count);
        order.AddRange(firsts.Values);
        for (var i = 0; i < artifacts.Count; i++)
            if (firsts[artifacts[i].Plan.Kind] != i) order.Add(i);
        return order;
    }
}
