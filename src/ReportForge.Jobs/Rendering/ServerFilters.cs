using Hangfire.Common;

namespace ReportForge.Jobs.Rendering;

/// <summary>The filters every server working the ReportForge queues applies, after Hangfire's own.</summary>
public static class ServerFilters
{
    /// <summary>
    /// Hangfire's filters, then the request failure filter and the retry policy: added last, the policy
    /// takes the place of Hangfire's default retry. Per server rather than global, so each server marks
    /// its own registry's requests failed.
    /// </summary>
    public static IJobFilterProvider For(RequestFailureFilter failures) =>
        new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { failures, Retries.Policy() });
}
