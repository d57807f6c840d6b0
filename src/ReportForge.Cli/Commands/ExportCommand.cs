using System.CommandLine;
using ReportForge.Cli.Output;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge export [FILE] [--profile NAME]… [--out DIR] [--force]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The summary's text file (default: the built-in Kazakhstan 2010 sample).", Arity = ArgumentArity.ZeroOrOne };
        var profiles = new Option<string[]>("--profile") { Description = "A profile from templates/profiles (repeatable; default: every profile).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "The output folder; each source gets a subfolder.", DefaultValueFactory = _ => "output" };
        var id = new Option<string?>("--id") { Description = "The source id (the output subfolder); default: from the file name." };
        var force = new Option<bool>("--force") { Description = "Render even when nothing changed since the last run." };
        var kinds = new Option<string[]>("--kinds") { Description = "Artifact kinds: pdf-brief, word-brief, excel-matrix, pdf-matrix (default: all)." };
        var themes = new Option<string[]>("--themes") { Description = "Ad-hoc brief: section ids or titles to keep (comma-separated or repeated)." };
        var stakeholders = new Option<string[]>("--stakeholders") { Description = "Ad-hoc brief: stakeholder codes or names to keep." };
        var groups = new Option<string[]>("--groups") { Description = "Ad-hoc brief: affected groups to keep (ids from templates/taxonomy.yaml)." };
        var datasets = CommonOptions.Recommendations();
        var anyCountry = CommonOptions.AnyCountry();
        var command = new Command("export", "Render briefs, Word briefs and recommendation matrices of a summary.")
        {
            file, id, profiles, output, force, kinds, themes, stakeholders, groups, datasets, anyCountry,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var templates = CommonOptions.OpenTemplates(result);
            var request = new ExportRequest
            {
                SourceFile = result.GetValue(file),
                SourceId = SourceIds.Check(result.GetValue(id), "--id"),
                Profiles = CommonOptions.Split(result.GetValue(profiles)),
                Selection = AdHocProfile.From(
                    CommonOptions.Split(result.GetValue(themes)),
                    CommonOptions.Split(result.GetValue(stakeholders)),
                    CommonOptions.Split(result.GetValue(groups))),
                Kinds = ArtifactKinds.Parse(CommonOptions.Split(result.GetValue(kinds)), "--kinds"),
                OutputRoot = result.GetValue(output)!,
                Force = result.GetValue(force),
                RecommendationDatasets = CommonOptions.Split(result.GetValue(datasets)),
                AnyCountry = result.GetValue(anyCountry),
            };
            var pipeline = ExportPipeline.CreateDefault(templates);
            _ = pipeline.PrepareRenderers();
            var source = SourceDocument.Load(request.SourceFile, request.SourceId, templates);
            // Warnings (such as bytes that were not UTF-8) are worth a line even when the export succeeds.
            foreach (var warning in source.Summary.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                Console.Error.WriteLine($"{source.Descriptor.FileName}:{warning}");
            var exported = ExportProgressDisplay.Run(progress => pipeline.Run(source, request, progress));
            ExportReport.Write(exported);
            return CommandRunner.Success;
        }));
        return command;
    }
}
