using System.ComponentModel;
using Hangfire;
using ReportForge.Core;

namespace ReportForge.Jobs.Jobs;

/// <summary>
/// Parses a registered source again and records what it holds (its themes, stakeholders and
/// groups, which the Briefs form offers): after an upgrade the parser may find more.
/// </summary>
public sealed class ParseSourceJob(BriefWorkspace workspace)
{
    [Queue(JobQueues.Briefs)]
    [DisplayName("Parse {0}")]
    [AutomaticRetry(Attempts = Retries.Attempts, DelaysInSeconds = [1, 5, 30], ExceptOn = [typeof(InputException)], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Run(string sourceId) => workspace.Sources.Refresh(sourceId);
}
