namespace ReportForge.Jobs.Requests;

/// <summary>Where a brief request is.</summary>
public enum RequestState
{
    /// <summary>Stored; its job has not started.</summary>
    Queued,
    /// <summary>Its artifacts are being rendered.</summary>
    Rendering,
    /// <summary>Every artifact is published and listed in the manifest.</summary>
    Succeeded,
    /// <summary>Nothing was published; <see cref="RequestStatus.Error"/> says why.</summary>
    Failed,
}

/// <summary>One file a request produced, relative to its source's output folder.</summary>
public sealed record RequestArtifact(string Kind, string Path, long Bytes, int? Pages);

/// <summary>The progress and outcome of a brief request, kept beside it in the registry.</summary>
/// <param name="State">Where it is.</param>
/// <param name="Planned">Relative paths of the files it renders (known once planned).</param>
/// <param name="AssembleEnqueued">True once the job that publishes the files was enqueued.</param>
/// <param name="Artifacts">What it published, once succeeded.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="UpToDate">True when every file was already current, so nothing was rendered.</param>
/// <param name="InputHash">The inputs the files are rendered from; a source replaced meanwhile fails the request.</param>
/// <param name="Resumptions">How many times a server starting on the in-memory job store took the request up again (0 in statuses stored before it was counted).</param>
public sealed record RequestStatus(
    RequestState State,
    IReadOnlyList<string> Planned,
    bool AssembleEnqueued,
    IReadOnlyList<RequestArtifact> Artifacts,
    string? Error,
    bool UpToDate = false,
    string? InputHash = null,
    int Resumptions = 0)
{
    public static RequestStatus Queued { get; } = new(RequestState.Queued, [], false, [], null);

    public bool IsFinished => State is RequestState.Succeeded or RequestState.Failed;
}
