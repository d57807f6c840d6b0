using System.Collections.Concurrent;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pdf.Brief;

namespace ReportForge.Exports.Tests.Support;

/// <summary>
/// The built-in Kazakhstan 2010 sample, parsed once, cut by any shipped profile, and its PDF briefs
/// rendered once per profile for every test that reads them.
/// </summary>
internal static class SampleBriefs
{
    public static TemplateSet Templates { get; } = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

    private static readonly Lazy<SourceDocument> Sample = new(() => SourceDocument.Load(null, null, Templates));
    private static readonly ConcurrentDictionary<string, Lazy<RenderedBrief>> Rendered = new(StringComparer.Ordinal);

    public static SourceDocument Source => Sample.Value;

    /// <summary>What a shipped profile keeps of the sample.</summary>
    public static BriefContent Content(string profile) => Content(Templates.Profile(profile));

    public static BriefContent Content(BriefProfile profile) =>
        BriefSelector.Select(Source.Summary, Source.Descriptor, profile, Templates.Groups);

    /// <summary>The PDF brief of a shipped profile, rendered once per test run.</summary>
    public static RenderedBrief Of(string profile) =>
        Rendered.GetOrAdd(profile, name => new Lazy<RenderedBrief>(() => Render(Content(name)))).Value;

    public static RenderedBrief Render(BriefContent content)
    {
        var renderer = new PdfBriefRenderer(Templates);
        var plan = renderer.Plan(content).Single();
        using var output = new MemoryStream();
        var pages = renderer.Render(plan, content, output, CancellationToken.None);
        return new RenderedBrief(content, output.ToArray(), pages ?? 0);
    }
}
