using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Storage;

namespace ReportForge.Jobs.Tests.Fakes;

/// <summary>A workspace in a temp folder with the fake parser and renderers.</summary>
internal sealed class TestWorkspace : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestWorkspace(params IArtifactRenderer[] renderers)
        : this(storage: null, renderers)
    {
    }

    /// <param name="storage">Where the registry and artifacts live; null for the output folder.</param>
    /// <param name="renderers">The renderers; by default a <see cref="FakePdfRenderer"/>.</param>
    public TestWorkspace(Func<RegistryLayout, WorkspaceStorage>? storage, params IArtifactRenderer[] renderers)
    {
        Pdf = renderers.OfType<FakePdfRenderer>().FirstOrDefault();
        Workspace = new BriefWorkspace(_folder.Path, new ExportPipeline(Templates, renderers.Length > 0 ? renderers : [new FakePdfRenderer()]), FakeSummaries.Load, storage);
    }

    public static TemplateSet Templates { get; } = TemplateSet.Open(System.IO.Path.Combine(AppContext.BaseDirectory, "templates"));

    public BriefWorkspace Workspace { get; }
    public FakePdfRenderer? Pdf { get; }
    public string OutputRoot => _folder.Path;

    /// <summary>Registers the fake summary as <c>kazakhstan-2010</c>.</summary>
    public void RegisterSample() =>
        Workspace.Sources.Register("kazakhstan-2010.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text()));

    /// <summary>Every file under the output folder, relative, excluding lock files.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.EnumerateFiles(OutputRoot, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(OutputRoot, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _folder.Dispose();
}
