using Hangfire;
using ReportForge.Core;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Jobs.Scheduling;

/// <summary>Registers the recurring run that keeps every output current.</summary>
public static class Regeneration
{
    /// <exception cref="InputException">The cron expression is not valid.</exception>
    public static void Schedule(IRecurringJobManager recurring, JobsSettings settings)
    {
        try
        {
            recurring.AddOrUpdate<RegenerateAllJob>(
                RegenerateAllJob.RecurringId,
                job => job.Run(CancellationToken.None),
                settings.RegenerationCron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
        catch (ArgumentException e)
        {
            throw new InputException("ReportForge:RegenerationCron", $"'{settings.RegenerationCron}' is not a cron expression: {e.Message}");
        }
    }
}
