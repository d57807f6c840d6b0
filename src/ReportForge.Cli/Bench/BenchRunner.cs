using System.Collections.Concurrent;
using System.Diagnostics;
using ReportForge.Core;
using ReportForge.Core.Synthesis;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Bench;

/// <summary>
/// Generates a synthetic corpus from the built-in sample and exports every source through the same
/// pipeline as <c>export</c>, sources in parallel on all cores (one source per core at a time).
/// </summary>
internal sealed class BenchRunner(TemplateSet templates)
{
    public BenchRun Run(BenchOptions options, IProgress<int>? sourcesDone = null)
    {
        var sample = SourceDocument.Load(null, null, templates).Summary;
        var corpusFolder = Path.Combine(options.OutputRoot, "corpus");
        Directory.CreateDirectory(corpusFolder);
        var files = new List<string>();
        foreach (var source in SyntheticCorpus.Generate(sample, options.Sources, options.Seed))
        {
            var path = Path.Combine(corpusFolder, source.Id + ".txt");
            AtomicFile.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(source.Text));
            files.Add(path);
        }

        var pipeline = ExportPipeline.CreateDefault(templates);
        var profiles = options.Profiles.Count > 0 ? options.Profiles.Select(templates.Profile).ToList() : templates.Profiles.ToList();
        var artifacts = new ConcurrentBag<ManifestArtifact>();
        var skipped = new ConcurrentBag<string>();
        var done = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var source = SourceDocument.Load(file, null, templates);
            var usable = profiles.Where(p => Satisfies(source, p, skipped)).Select(p => p.Name).ToList();
            if (usable.Count == 0) return;
            // the sources already share the cores: each one's files render one after another
            var request = new ExportRequest { Profiles = usable, OutputRoot = options.OutputRoot, Force = true, Parallelism = 1 };
            foreach (var artifact in pipeline.Run(source, request).Rendered) artifacts.Add(artifact);
            sourcesDone?.Report(Interlocked.Increment(ref done));
        });
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new BenchRun(files.Count, artifacts.ToList(), clock.Elapsed.TotalSeconds, self.PeakWorkingSet64, skipped.Order().ToList());
    }

    /// <summary>A generated source may lack what a profile asks for (a group, a stakeholder); that profile is left out for it.</summary>
    private bool Satisfies(SourceDocument source, BriefProfile profile, ConcurrentBag<string> skipped)
    {
        try
        {
            BriefSelector.Select(source.Summary, source.Descriptor, profile, templates.Groups);
            return true;
        }
        catch (InputException e)
        {
            skipped.Add($"{source.Descriptor.Id}: {profile.Name} ({e.Problem})");
            return false;
        }
    }

    /// <summary>Renders the full PDF brief of an exported source once more, warm, into a scratch folder.</summary>
    /// <returns>Seconds the render took.</returns>
    public double RenderFullBriefAgain(string sourceFolder, BenchOptions options)
    {
        var id = Path.GetFileName(sourceFolder);
        var source = SourceDocument.Load(Path.Combine(options.OutputRoot, "corpus", id + ".txt"), id, templates);
        var scratch = Directory.CreateTempSubdirectory("reportforge-bench-").FullName;
        try
        {
            var request = new ExportRequest { Profiles = ["full"], Kinds = [ArtifactKind.PdfBrief], OutputRoot = scratch, Force = true };
            return ExportPipeline.CreateDefault(templates).Run(source, request).Rendered.Single().DurationMs / 1000.0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
