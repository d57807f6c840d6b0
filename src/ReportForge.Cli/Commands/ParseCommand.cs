using System.CommandLine;
using ReportForge.Cli.Output;
using ReportForge.Core.Parsing;
using ReportForge.Core.Serialization;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge parse [FILE] [--json]</c>: what the parser makes of a summary.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The summary's text file (default: the built-in Kazakhstan 2010 sample).", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the parsed structure as JSON." };
        var country = new Option<string?>("--country") { Description = "The country under review, when detection gets it wrong." };
        var command = new Command("parse", "Parse a summary of stakeholders' information and show what was found.") { file, json, country };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var templates = CommonOptions.OpenTemplates(result);
            var path = result.GetValue(file) ?? templates.SampleSummary;
            var summary = SummaryFile.Load(path, () => templates.ParseOptions() with { Country = result.GetValue(country) });
            if (result.GetValue(json)) Console.Out.WriteLine(SummaryJson.Serialize(summary));
            else SummaryDigest.Write(summary, SummaryFile.NameOf(path));
            return CommandRunner.Success;
        }));
        return command;
    }
}
