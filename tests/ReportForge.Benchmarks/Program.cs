using System.Globalization;
using BenchmarkDotNet.Running;
using ReportForge.Benchmarks.Jobs;

// `workers 1 2 4`: jobs per second with that many worker processes on PostgreSQL (needs a server).
if (args is ["workers", .. var counts])
    return await WorkerThroughput.RunAsync(counts.Length > 0 ? counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)) : [1, 2, 4]);

// `matching [N]`: index N (default 100,000) synthetic recommendations, match 100 asks warm, report peak memory.
if (args is ["matching", .. var sizes])
    return ReportForge.Benchmarks.Matching.MatchingRun.Run(sizes.Length > 0 ? int.Parse(sizes[0], CultureInfo.InvariantCulture) : 100_000);

// `pdfread [ROUNDS]`: the official PDFs read and parsed against PdfPig alone, in turns, with CPU time (default 40 rounds).
if (args is ["pdfread", .. var rounds])
    return ReportForge.Benchmarks.Parsing.PdfReadCpuRun.Run(rounds.Length > 0 ? int.Parse(rounds[0], CultureInfo.InvariantCulture) : 40);

// Every benchmark class in this assembly; pick with --filter, e.g. --filter '*Parse*'.
BenchmarkSwitcher.FromAssembly(typeof(WorkerThroughput).Assembly).Run(args);
return 0;
