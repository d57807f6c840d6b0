using System.CommandLine;
using ReportForge.Cli.Bench;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge bench [--sources N] [--profile …] [--out DIR]</c>: throughput on a synthetic corpus.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var sources = new Option<int>("--sources") { Description = "How many synthetic summaries to generate and export.", DefaultValueFactory = _ => 10 };
        var profiles = new Option<string[]>("--profile") { Description = "Profiles to render for each source (repeatable; default: every profile)." };
        var output = new Option<string>("--out") { Description = "Where the corpus and its outputs go.", DefaultValueFactory = _ => Path.Combine("output", "bench") };
        var seed = new Option<int>("--seed") { Description = "The corpus seed; the same seed gives the same corpus.", DefaultValueFactory = _ => 2010 };
        var noLibreOffice = new Option<bool>("--no-libreoffice") { Description = "Skip the comparison with LibreOffice's Word-to-PDF conversion." };
        var command = new Command("bench", "Generate a synthetic corpus from the sample, export all of it on every core, and report throughput.")
        {
            sources, profiles, output, seed, noLibreOffice,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var count = result.GetValue(sources);
            if (count < 1) throw new Core.InputException("--sources", "must be at least 1");
            var options = new BenchOptions(count, CommonOptions.Split(result.GetValue(profiles)), Path.GetFullPath(result.GetValue(output)!),
                result.GetValue(seed), !result.GetValue(noLibreOffice));
            var templates = CommonOptions.OpenTemplates(result);
            var run = new BenchRunner(templates).Run(options,
                new InlineProgress(done => Console.Error.Write($"\rexported {done}/{count} sources")));
            Console.Error.WriteLine();
            var firstSource = Directory.EnumerateDirectories(options.OutputRoot).Where(d => Path.GetFileName(d) != "corpus").Order().FirstOrDefault();
            var libreOffice = options.CompareWithLibreOffice && firstSource is not null
                ? LibreOfficeComparison.Run(firstSource, () => new BenchRunner(templates).RenderFullBriefAgain(firstSource, options))
                : null;
            var skipped = !options.CompareWithLibreOffice ? "--no-libreoffice"
                : LibreOfficeComparison.FindSoffice() is null ? "soffice is not installed; apt-get install libreoffice-writer-nogui"
                : "no full-profile Word and PDF briefs were rendered";
            BenchReport.Write(Console.Out, run, libreOffice, skipped);
            return CommandRunner.Success;
        }));
        return command;
    }

    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        private readonly Lock _gate = new();

        public void Report(int value)
        {
            lock (_gate) report(value);
        }
    }
}
