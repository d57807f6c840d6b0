using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Registry;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs;

/// <summary>
/// What every job and page works with: the templates, the export pipeline (the one place that
/// knows how to render), the source registry and the request store, all under one output folder.
/// </summary>
public sealed class BriefWorkspace
{
    /// <param name="outputRoot">The output folder (<c>output/</c>).</param>
    /// <param name="pipeline">The pipeline every render goes through.</param>
    /// <param name="load">How a text is parsed; by default <see cref="SourceDocument.Load"/>.</param>
    public BriefWorkspace(string outputRoot, ExportPipeline pipeline, SourceLoader? load = null)
    {
        Layout = new RegistryLayout(outputRoot);
        Pipeline = pipeline;
        Sources = new SourceRegistry(Layout, load ?? ((file, id) => SourceDocument.Load(file, id, pipeline.Templates)), pipeline.Templates.Groups);
        Requests = new RequestStore(Layout);
    }

    public RegistryLayout Layout { get; }
    public ExportPipeline Pipeline { get; }
    public TemplateSet Templates => Pipeline.Templates;
    public SourceRegistry Sources { get; }
    public RequestStore Requests { get; }

    public RequestStaging Staging(string requestId) => new(Layout, requestId);

    /// <summary>Parses the request's source and plans its files.</summary>
    /// <exception cref="ReportForge.Core.InputException">Unknown source, profile or kind, or a source that no longer parses.</exception>
    public ExportPlan Plan(BriefRequest request) =>
        Pipeline.Planner.Plan(Sources.Load(request.SourceId), request.ToExportRequest(Layout.OutputRoot));

    /// <summary>The manifest of a source's output folder, if it has one.</summary>
    public Manifest? Manifest(string sourceId) => ManifestFile.Read(Layout.OutputFolder(sourceId));
}
