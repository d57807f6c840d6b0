namespace ReportForge.Jobs.Dashboard;

/// <summary>The dashboard paths of the ReportForge pages, relative to the dashboard (<c>/hangfire</c>).</summary>
public static class BriefRoutes
{
    public const string Page = "/briefs";
    public const string Request = "/briefs/request";
    public const string Upload = "/briefs/upload";
    public const string Datasets = "/briefs/datasets";
    public const string RemoveDataset = "/briefs/datasets/remove";
    public const string Outputs = "/outputs";

    public static string RequestPage(string requestId) => "/briefs/requests/" + requestId;
}
