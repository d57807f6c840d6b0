namespace ReportForge.Jobs.Jobs;

/// <summary>
/// Queue names, in the order a server takes work from them: finishing requests already started
/// comes before starting new ones, so a burst of requests completes one by one rather than all at the end.
/// </summary>
public static class JobQueues
{
    /// <summary>Rendering and publishing the files of a request already planned.</summary>
    public const string Render = "render";
    /// <summary>Planning requests, parsing, regeneration.</summary>
    public const string Default = "default";

    public static string[] InPriorityOrder { get; } = [Render, Default];
}
