namespace ReportForge.Jobs;

/// <summary>The settings of the jobs and the dashboard pages (configuration section <c>ReportForge</c>).</summary>
public sealed record JobsSettings
{
    /// <summary>Hourly, on the hour.</summary>
    public const string DefaultRegenerationCron = "0 * * * *";

    /// <summary>When the scheduled regeneration runs (<c>ReportForge:RegenerationCron</c>), a cron expression.</summary>
    public string RegenerationCron { get; init; } = DefaultRegenerationCron;

    /// <summary>The largest summary an upload may carry (<c>ReportForge:MaxUploadBytes</c>); summaries are 50–150 kB.</summary>
    public long MaxUploadBytes { get; init; } = 2 * 1024 * 1024;
}
