using System.Security.Cryptography;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>The Kazakhstan 2010 sample shipped in <c>templates/</c>, parsed once and cut per profile.</summary>
internal static class ExcelSample
{
    public static TemplateSet Templates { get; } = TemplateSet.Open(Path.Combine(AppContext.BaseDirectory, "templates"));

    private static readonly Lazy<(Summary Summary, SourceDescriptor Source)> Parsed = new(() =>
    {
        var path = Templates.SampleSummary;
        var bytes = File.ReadAllBytes(path);
        var summary = SummaryParser.Parse(File.ReadAllText(path), new ParseOptions
        {
            FileName = Path.GetFileName(path),
            KnownStakeholders = Templates.KnownStakeholders,
            Groups = Templates.Groups,
        });
        var source = new SourceDescriptor("kazakhstan-2010", Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        return (summary, source);
    });

    public static Summary Summary => Parsed.Value.Summary;

    public static BriefContent Content(string profile = "full") =>
        BriefSelector.Select(Parsed.Value.Summary, Parsed.Value.Source, Templates.Profile(profile), Templates.Groups);

    public static TheoryData<string> ProfileNames => new(Templates.Profiles.Select(p => p.Name));
}
