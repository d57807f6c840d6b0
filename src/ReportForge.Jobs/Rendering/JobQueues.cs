namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Queue names, in the order every server and worker takes work from them: finishing requests
/// already started comes before starting new ones, and a person's brief always comes before the
/// scheduled regeneration, so regenerating every country never starves a request.
/// </summary>
public static class JobQueues
{
    /// <summary>Rendering and publishing the files of a request already planned.</summary>
    public const string Render = "render";
    /// <summary>Planning brief requests, parsing a source again.</summary>
    public const string Briefs = "briefs";
    /// <summary>The scheduled regeneration of every output.</summary>
    public const string Regeneration = "regeneration";
    /// <summary>Hangfire's queue for jobs that name none; last.</summary>
    public const string Default = "default";

    public static string[] InPriorityOrder { get; } = [Render, Briefs, Regeneration, Default];
}
