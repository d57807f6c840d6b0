using System.CommandLine;
using ReportForge.Cli.Output;
using ReportForge.Core;
using ReportForge.Core.Parsing;
using ReportForge.Matching.Advocacy;
using ReportForge.Matching.Datasets;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge match [FILE] --recommendations DATASET… [--json]</c>: which States made similar recommendations.</summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The summary's text file (default: the built-in Kazakhstan 2010 sample).", Arity = ArgumentArity.ZeroOrOne };
        var datasets = CommonOptions.Recommendations();
        var anyCountry = CommonOptions.AnyCountry();
        var json = new Option<bool>("--json") { Description = "Print the matches as JSON." };
        var command = new Command("match", "Match each stakeholder ask to the recommendations States made at earlier reviews.")
        {
            file, datasets, anyCountry, json,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var templates = CommonOptions.OpenTemplates(result);
            var paths = CommonOptions.Split(result.GetValue(datasets));
            if (paths.Count == 0) throw new InputException("--recommendations", "name at least one dataset (a UPR Info CSV export or an OHCHR thematic list)");
            var path = result.GetValue(file) ?? templates.SampleSummary;
            var summary = SummaryFile.Load(path, templates.ParseOptions);
            var report = MatchReport.Build(summary, DatasetSelection.Load(paths, summary.Country, result.GetValue(anyCountry)));
            if (result.GetValue(json)) Console.Out.WriteLine(MatchJson.Serialize(report));
            else MatchDigest.Write(report, Console.Out);
            return CommandRunner.Success;
        }));
        return command;
    }
}
