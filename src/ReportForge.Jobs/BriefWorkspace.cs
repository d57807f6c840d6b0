using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Registry;
using ReportForge.Jobs.Requests;
using ReportForge.Storage;

namespace ReportForge.Jobs;

/// <summary>
/// What every job and page works with: the templates, the export pipeline (the one place that
/// knows how to render), the source registry, the request store and the artifact store: by default
/// all under one output folder, or in a database every node of a deployment shares.
/// </summary>
public sealed class BriefWorkspace
{
    private readonly IRegistryStore _registry;

    /// <param name="outputRoot">The output folder (<c>output/</c>).</param>
    /// <param name="pipeline">The pipeline every render goes through.</param>
    /// <param name="load">How a text is parsed; by default <see cref="SourceDocument.Load"/>.</param>
    /// <param name="storage">Where the registry and the artifacts live; by default <see cref="WorkspaceStorage.Folder"/>.</param>
    public BriefWorkspace(string outputRoot, ExportPipeline pipeline, SourceLoader? load = null, Func<RegistryLayout, WorkspaceStorage>? storage = null)
    {
        Layout = new RegistryLayout(outputRoot);
        Pipeline = pipeline;
        var stores = (storage ?? WorkspaceStorage.Folder)(Layout);
        _registry = stores.Registry;
        Artifacts = stores.Artifacts;
        Sources = new SourceRegistry(Layout, stores.Registry, load ?? ((file, id) => SourceDocument.Load(file, id, pipeline.Templates)), pipeline.Templates.Groups);
        Requests = new RequestStore(stores.Registry);
        Datasets = new DatasetRegistry(Layout, stores.Registry, Sources);
    }

    public RegistryLayout Layout { get; }
    public ExportPipeline Pipeline { get; }
    public TemplateSet Templates => Pipeline.Templates;
    public SourceRegistry Sources { get; }
    public RequestStore Requests { get; }
    /// <summary>Recommendations datasets registered beside the summaries.</summary>
    public DatasetRegistry Datasets { get; }
    public IArtifactStore Artifacts { get; }

    /// <summary>
    /// Held for a whole regeneration, so two never run at once on any node: waits for a running
    /// one to end. Released when disposed or when its holder dies.
    /// </summary>
    public IDisposable RegenerationLock(CancellationToken cancellationToken) => _registry.Lock("regeneration.lock", cancellationToken);

    /// <summary>The staging area of a request.</summary>
    public IArtifactSink Staging(string requestId) => Artifacts.Staging(requestId);

    /// <summary>Parses the request's source and plans its files.</summary>
    /// <exception cref="ReportForge.Core.InputException">Unknown source, profile, kind or dataset, or a source that no longer parses.</exception>
    public ExportPlan Plan(BriefRequest request) =>
        Pipeline.Plan(Sources.Load(request.SourceId), Datasets.Attach(request.ToExportRequest(Layout.OutputRoot), request.SourceId, request.Datasets));

    /// <summary>Whether the store's published files of the plan's source are current for it (<see cref="Freshness"/>).</summary>
    public bool IsCurrent(ExportPlan plan)
    {
        var sourceId = plan.Source.Descriptor.Id;
        return Freshness.IsCurrent(plan, Artifacts.Manifest(sourceId), Artifacts.StoredBytes(sourceId));
    }

    /// <summary>The manifest of a source's output folder, if it has one.</summary>
    public Manifest? Manifest(string sourceId) => Artifacts.Manifest(sourceId);
}
