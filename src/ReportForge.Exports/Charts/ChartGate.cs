namespace ReportForge.Exports.Charts;

/// <summary>
/// ScottPlot keeps fonts and typeface caches in process-wide state that is not safe to use from two
/// threads at once: a chart built beside another could pick up a second font and come out with
/// different bytes. Charts are built one at a time; each takes milliseconds.
/// </summary>
internal static class ChartGate
{
    private static readonly Lock Gate = new();

    public static T Run<T>(Func<T> build)
    {
        lock (Gate)
            return build();
    }
}
