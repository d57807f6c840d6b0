using System.Text;
using ReportForge.Core;
using ReportForge.Storage;

namespace ReportForge.Jobs.Requests;

/// <summary>
/// Brief requests under <c>requests/</c> of the registry: <c>&lt;id&gt;.json</c> (the request, written once),
/// <c>&lt;id&gt;.status.json</c> (changed under the request's lock) and <c>&lt;id&gt;.job</c> (the Hangfire job id).
/// </summary>
public sealed class RequestStore(IRegistryStore store)
{
    private const string Folder = "requests/";

    /// <summary>Stores <paramref name="request"/> under a new id and returns it with the id.</summary>
    public BriefRequest Create(BriefRequest request)
    {
        var stored = request with { Id = Guid.NewGuid().ToString("N")[..12] };
        RegistryJson.Write(store, StatusKey(stored.Id), RequestStatus.Queued);
        RegistryJson.Write(store, RequestKey(stored.Id), stored);
        return stored;
    }

    public BriefRequest? Find(string requestId) =>
        IsId(requestId) ? RegistryJson.Read<BriefRequest>(store, RequestKey(requestId)) : null;

    /// <exception cref="InputException">No request of that id.</exception>
    public BriefRequest Get(string requestId) =>
        Find(requestId) ?? throw new InputException(requestId, "no such brief request");

    public RequestStatus Status(string requestId) =>
        RegistryJson.Read<RequestStatus>(store, StatusKey(requestId)) ?? RequestStatus.Queued;

    /// <summary>Records the job that renders the request.</summary>
    public void SetJobId(string requestId, string jobId) => store.Write(JobKey(requestId), Encoding.UTF8.GetBytes(jobId));

    public string? JobId(string requestId) => store.Read(JobKey(requestId)) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// Changes the status under the request's lock: <paramref name="change"/> sees the current status
    /// and returns the new one, or the same instance to leave it as it is.
    /// </summary>
    public RequestStatus Update(string requestId, Func<RequestStatus, RequestStatus> change)
    {
        using var gate = store.Lock(LockName(requestId));
        var current = Status(requestId);
        var next = change(current);
        if (!ReferenceEquals(next, current)) RegistryJson.Write(store, StatusKey(requestId), next);
        return next;
    }

    /// <summary>Every stored request id, newest first.</summary>
    public IReadOnlyList<string> Ids() =>
        store.Keys(Folder)
            .Where(k => k.EndsWith(".json", StringComparison.Ordinal) && !k.EndsWith(".status.json", StringComparison.Ordinal))
            .Select(k => k[Folder.Length..^".json".Length]).ToList();

    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit);

    private static string RequestKey(string id) => Folder + id + ".json";
    private static string StatusKey(string id) => Folder + id + ".status.json";
    private static string JobKey(string id) => Folder + id + ".job";
    private static string LockName(string id) => Folder + id + ".lock";
}
