using System.Globalization;
using BenchmarkDotNet.Running;
using ReportForge.Benchmarks.Jobs;

// `workers 1 2 4`: jobs per second with that many worker processes on PostgreSQL (needs a server).
if (args is ["workers", .. var counts])
    return await WorkerThroughput.RunAsync(counts.Length > 0 ? counts.Select(c => int.Parse(c, CultureInfo.InvariantCulture)) : [1, 2, 4]);

// Every benchmark class in this assembly; pick with --filter, e.g. --filter '*Parse*'.
BenchmarkSwitcher.FromAssembly(typeof(WorkerThroughput).Assembly).Run(args);
return 0;
