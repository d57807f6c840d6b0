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

    /// <summary>Recommendations datasets: UPR Info CSV exports or OHCHR thematic lists (.docx), repeatable.</summary>
    public static Option<string[]> Recommendations() => new("--recommendations")
    {
        Description = "A recommendations dataset: a UPR Info CSV export or an OHCHR thematic list (.docx); repeatable.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Lets a dataset about another State than the summary's be used.</summary>
    public static Option<bool> AnyCountry() => new("--any-country")
    {
        Description = "Use datasets of recommendations made to other States than the summary's (refused by default).",
    };

    public static TemplateSet OpenTemplates(ParseResult result) => TemplateSet.Open(result.GetValue(Templates));

    /// <summary>Accepts both repeated options and comma-separated lists: <c>--themes a,b --themes c</c>.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
