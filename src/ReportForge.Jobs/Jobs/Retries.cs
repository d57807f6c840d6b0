namespace ReportForge.Jobs.Jobs;

/// <summary>The retry policy every job shares, kept in one place.</summary>
internal static class Retries
{
    /// <summary>Transient faults (a busy file, a full disk freed later) get this many more tries, 1, 5 and 30 seconds apart.</summary>
    public const int Attempts = 3;
}
