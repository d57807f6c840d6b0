namespace ReportForge.Cli.Bench;

/// <summary>What <c>reportforge bench</c> measures.</summary>
internal sealed record BenchOptions(int Sources, IReadOnlyList<string> Profiles, string OutputRoot, int Seed, bool CompareWithLibreOffice);
