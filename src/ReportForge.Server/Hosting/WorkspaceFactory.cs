using ReportForge.Core.Templates;
using ReportForge.Jobs;
using ReportForge.Storage;

namespace ReportForge.Server.Hosting;

/// <summary>Builds the workspace a server or worker works in, on the storage the settings choose.</summary>
internal static class WorkspaceFactory
{
    public static BriefWorkspace Create(ServerSettings settings, ServerComposition composition)
    {
        var templates = TemplateSet.Open(settings.Templates);
        Func<Storage.RegistryLayout, WorkspaceStorage>? storage = null;
        if (HangfireSetup.IsPostgreSql(settings))
        {
            var connectionString = settings.PostgreSql.RequireConnectionString();
            storage = layout => WorkspaceStorage.PostgreSql(connectionString, layout);
        }
        return new BriefWorkspace(settings.OutputRoot, composition.Pipeline(templates), composition.LoadSource, storage);
    }
}
