using Hangfire.Dashboard;

namespace ReportForge.Jobs.Dashboard;

/// <summary>Adds the ReportForge pages to the Hangfire dashboard: the one place they are registered.</summary>
public static class ReportForgeDashboard
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the routes, menu items and stylesheet (once per process: the dashboard's tables are global).</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            _registered = true;
        }
        DashboardRoutes.Routes.AddRazorPage(BriefRoutes.Page + "$", _ => new BriefsPage());
        DashboardRoutes.Routes.AddRazorPage("/briefs/requests/(?<id>[a-z0-9]{1,32})$", match => new RequestPage(match.Groups["id"].Value));
        DashboardRoutes.Routes.AddRazorPage(BriefRoutes.Outputs + "$", _ => new OutputsPage());
        DashboardRoutes.Routes.Add(BriefRoutes.Request + "$", new RequestBriefDispatcher());
        DashboardRoutes.Routes.Add(BriefRoutes.Upload + "$", new UploadSummaryDispatcher());
        DashboardRoutes.Routes.Add(BriefRoutes.Datasets + "$", new DatasetUploadDispatcher());
        DashboardRoutes.Routes.Add(BriefRoutes.RemoveDataset + "$", new DatasetRemoveDispatcher());
        DashboardRoutes.AddStylesheet(typeof(ReportForgeDashboard).Assembly, "ReportForge.Jobs.Dashboard.reportforge.css");

        NavigationMenu.Items.Add(page => new MenuItem("Briefs", page.Url.To(BriefRoutes.Page)) { Active = page.RequestPath.StartsWith(BriefRoutes.Page, StringComparison.Ordinal) });
        NavigationMenu.Items.Add(page => new MenuItem("Outputs", page.Url.To(BriefRoutes.Outputs)) { Active = page.RequestPath.StartsWith(BriefRoutes.Outputs, StringComparison.Ordinal) });
    }
}
