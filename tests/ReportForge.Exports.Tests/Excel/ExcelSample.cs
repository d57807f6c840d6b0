using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Tests.Support;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>The Kazakhstan 2010 sample shipped in <c>templates/</c>, parsed once and cut per profile.</summary>
internal static class ExcelSample
{
    public static TemplateSet Templates => SampleBriefs.Templates;

    public static Summary Summary => SampleBriefs.Source.Summary;

    public static BriefContent Content(string profile = "full") => SampleBriefs.Content(profile);

    public static TheoryData<string> ProfileNames => new(Templates.Profiles.Select(p => p.Name));
}
