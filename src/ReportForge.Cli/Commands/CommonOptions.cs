using System.CommandLine;
using ReportForge.Core.Templates;

namespace ReportForge.Cli.Commands;

/// <summary>Options every command understands.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Templates = new("--templates")
    {
        Description = $"The templates folder (profiles, taxonomy, fonts); default: beside the program, or ${TemplateSet.EnvironmentVariable}.",
        Recursive = true,
    };

    public static TemplateSet OpenTemplates(ParseResult result) => TemplateSet.Open(result.GetValue(Templates));

    /// <summary>Accepts both repeated options and comma-separated lists: <c>--themes a,b --themes c</c>.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
