using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// <c>pdfread [ROUNDS]</c>: the <see cref="PdfReadBenchmarks"/> cases taken in turns, one of each per round,
/// timed by the CPU time of this thread as well as the wall clock. On a machine shared with other work
/// the wall clock measures the neighbours too, and BenchmarkDotNet runs one case after the other, so a
/// neighbour's build can land on one case only; turns and CPU time keep the ratio honest.
/// </summary>
internal static class PdfReadCpuRun
{
    private const int WarmUpRounds = 20;

    public static int Run(int rounds)
    {
        foreach (var document in PdfReadCases.Documents)
        {
            var cases = new PdfReadCases(document);
            (string Name, Func<object> Run)[] runs =
            [
                ("PdfPigLetters", () => cases.PdfPigLetters()),
                ("ReadLines", () => cases.ReadLines()),
                ("ReadAndParse", () => cases.ReadAndParse()),
            ];
            for (var i = 0; i < WarmUpRounds; i++)
                foreach (var run in runs) run.Run();
            var cpu = new double[runs.Length][];
            var wall = new double[runs.Length][];
            for (var k = 0; k < runs.Length; k++) (cpu[k], wall[k]) = (new double[rounds], new double[rounds]);
            for (var i = 0; i < rounds; i++)
                for (var k = 0; k < runs.Length; k++)
                {
                    var cpuStart = ThreadCpuMilliseconds();
                    var clock = Stopwatch.StartNew();
                    runs[k].Run();
                    wall[k][i] = clock.Elapsed.TotalMilliseconds;
                    cpu[k][i] = ThreadCpuMilliseconds() - cpuStart;
                }
            var floor = Median(cpu[0]);
            for (var k = 0; k < runs.Length; k++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{document} {runs[k].Name,-13} CPU median {Median(cpu[k]),6:0.0} ms (ratio {Median(cpu[k]) / floor:0.00}), " +
                    $"wall median {Median(wall[k]),6:0.0} ms, min {wall[k].Min(),6:0.0} ms ({rounds} rounds)"));
        }
        return 0;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double ThreadCpuMilliseconds()
    {
        if (clock_gettime(ThreadCpuClock, out var time) != 0) throw new InvalidOperationException("the thread's CPU clock cannot be read");
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    /// <summary>CLOCK_THREAD_CPUTIME_ID on Linux.</summary>
    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
