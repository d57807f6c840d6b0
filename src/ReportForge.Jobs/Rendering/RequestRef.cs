namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Names one brief request for the jobs that work on it: small ids only, the request itself is read
/// from the registry. Its text is part of the job's name in the dashboard.
/// </summary>
public sealed record RequestRef(string SourceId, string RequestId)
{
    public override string ToString() => $"{SourceId} (request {RequestId})";
}
