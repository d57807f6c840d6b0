using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Support;

/// <summary>The built-in Kazakhstan 2010 sample, parsed once, cut by any shipped profile.</summary>
public static class SampleBriefs
{
    public static TemplateSet Templates { get; } = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

    private static readonly Lazy<SourceDocument> Sample = new(() => SourceDocument.Load(null, null, Templates));

    public static SourceDocument Source => Sample.Value;

    public static BriefContent Content(string profile) => Content(Templates.Profile(profile));

    public static BriefContent Content(BriefProfile profile) =>
        BriefSelector.Select(Source.Summary, Source.Descriptor, profile, Templates.Groups);
}
