using ReportForge.Exports.Pipeline;
using Spectre.Console;

namespace ReportForge.Cli.Output;

/// <summary>A progress bar on a terminal; nothing when output is redirected.</summary>
internal static class ExportProgressDisplay
{
    public static ExportResult Run(Func<IProgress<ExportProgress>?, ExportResult> export)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            return export(null);
        ExportResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Rendering", maxValue: 1);
                result = export(new Reporter(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Completed;
                    task.Description = Markup.Escape(p.LastPath ?? "Rendering");
                }));
            });
        return result!;
    }

    /// <summary>Reports synchronously; <see cref="Progress{T}"/> would post to the thread pool and lag.</summary>
    private sealed class Reporter(Action<ExportProgress> report) : IProgress<ExportProgress>
    {
        private readonly Lock _gate = new();

        public void Report(ExportProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
