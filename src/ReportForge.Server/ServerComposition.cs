using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Registry;

namespace ReportForge.Server;

/// <summary>What a host is built from besides configuration: by default the shipped pipeline and parser.</summary>
public sealed record ServerComposition
{
    /// <summary>Configuration that overrides appsettings, environment and command line (keys such as <c>ReportForge:OutputRoot</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
    /// <summary>The pipeline every render goes through; by default <see cref="ExportPipeline.CreateDefault"/>.</summary>
    public Func<TemplateSet, ExportPipeline> Pipeline { get; init; } = ExportPipeline.CreateDefault;
    /// <summary>How texts are parsed; null for <see cref="SourceDocument.Load"/>.</summary>
    public SourceLoader? LoadSource { get; init; }
}
