using ReportForge.Core;
using ReportForge.Jobs.Registry;

namespace ReportForge.Jobs.Requests;

/// <summary>
/// Brief requests under <c>.registry/requests/</c>: <c>&lt;id&gt;.json</c> (the request, written once),
/// <c>&lt;id&gt;.status.json</c> (changed under the request's lock) and <c>&lt;id&gt;.job</c> (the Hangfire job id).
/// </summary>
public sealed class RequestStore(RegistryLayout layout)
{
    /// <summary>Stores <paramref name="request"/> under a new id and returns it with the id.</summary>
    public BriefRequest Create(BriefRequest request)
    {
        var stored = request with { Id = Guid.NewGuid().ToString("N")[..12] };
        RegistryJson.Write(StatusPath(stored.Id), RequestStatus.Queued);
        RegistryJson.Write(RequestPath(stored.Id), stored);
        return stored;
    }

    public BriefRequest? Find(string requestId) =>
        IsId(requestId) ? RegistryJson.Read<BriefRequest>(RequestPath(requestId)) : null;

    /// <exception cref="InputException">No request of that id.</exception>
    public BriefRequest Get(string requestId) =>
        Find(requestId) ?? throw new InputException(requestId, "no such brief request");

    public RequestStatus Status(string requestId) =>
        RegistryJson.Read<RequestStatus>(StatusPath(requestId)) ?? RequestStatus.Queued;

    /// <summary>Records the job that renders the request.</summary>
    public void SetJobId(string requestId, string jobId) => AtomicWrite(JobPath(requestId), jobId);

    public string? JobId(string requestId) => File.Exists(JobPath(requestId)) ? File.ReadAllText(JobPath(requestId)) : null;

    /// <summary>
    /// Changes the status under the request's lock: <paramref name="change"/> sees the current status
    /// and returns the new one, or the same instance to leave it as it is.
    /// </summary>
    public RequestStatus Update(string requestId, Func<RequestStatus, RequestStatus> change)
    {
        using var gate = FileGate.Acquire(LockPath(requestId));
        var current = Status(requestId);
        var next = change(current);
        if (!ReferenceEquals(next, current)) RegistryJson.Write(StatusPath(requestId), next);
        return next;
    }

    /// <summary>Runs <paramref name="action"/> under the request's lock.</summary>
    public T Locked<T>(string requestId, Func<T> action)
    {
        using var gate = FileGate.Acquire(LockPath(requestId));
        return action();
    }

    /// <summary>Every stored request id, newest first.</summary>
    public IReadOnlyList<string> Ids() =>
        !Directory.Exists(layout.RequestsFolder) ? []
        : new DirectoryInfo(layout.RequestsFolder).EnumerateFiles("*.json")
            .Where(f => !f.Name.EndsWith(".status.json", StringComparison.Ordinal))
            .OrderByDescending(f => f.CreationTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => Path.GetFileNameWithoutExtension(f.Name)).ToList();

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);

    private string RequestPath(string id) => Path.Combine(layout.RequestsFolder, id + ".json");
    private string StatusPath(string id) => Path.Combine(layout.RequestsFolder, id + ".status.json");
    private string JobPath(string id) => Path.Combine(layout.RequestsFolder, id + ".job");
    private string LockPath(string id) => Path.Combine(layout.RequestsFolder, id + ".lock");

    private static void AtomicWrite(string path, string text) =>
        Exports.Pipeline.AtomicFile.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
}
