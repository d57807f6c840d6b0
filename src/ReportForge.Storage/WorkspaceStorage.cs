using ReportForge.Storage.Folder;
using ReportForge.Storage.PostgreSql;

namespace ReportForge.Storage;

/// <summary>Where a workspace keeps its registry and its artifacts.</summary>
/// <param name="Registry">Sources, requests and their status.</param>
/// <param name="Artifacts">Published and staged files, manifests.</param>
public sealed record WorkspaceStorage(IRegistryStore Registry, IArtifactStore Artifacts)
{
    /// <summary>Everything under the output folder on this machine (the default).</summary>
    public static WorkspaceStorage Folder(RegistryLayout layout) =>
        new(new FolderRegistryStore(layout), new FolderArtifactStore(layout));

    /// <summary>
    /// Everything in one PostgreSQL database, so any node can do any job and serve any file;
    /// the output folder only holds caches and temporary files.
    /// </summary>
    public static WorkspaceStorage PostgreSql(string connectionString, RegistryLayout layout)
    {
        var database = new PostgresDatabase(connectionString);
        PostgresSchema.Ensure(database);
        return new(new PostgresRegistryStore(database, layout), new PostgresArtifactStore(database, layout));
    }
}
