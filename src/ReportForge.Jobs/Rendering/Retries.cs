using Hangfire;
using ReportForge.Core;

namespace ReportForge.Jobs.Rendering;

/// <summary>The retry policy of every job, declared once and applied by each server.</summary>
public static class Retries
{
    /// <summary>
    /// Transient faults (a busy file, a full disk freed later) get three more tries, 1, 5 and 30 seconds
    /// apart; bad input fails at once, since trying again cannot mend it. A job that must not be retried
    /// says so on its method, which takes precedence.
    /// </summary>
    public static AutomaticRetryAttribute Policy() => new()
    {
        Attempts = 3,
        DelaysInSeconds = [1, 5, 30],
        ExceptOn = [typeof(InputException)],
        OnAttemptsExceeded = AttemptsExceededAction.Fail,
    };
}
