using System.Diagnostics;

namespace ReportForge.Storage.Tests.TestSupport;

/// <summary>The PostgreSQL server the tests use, as <c>.ci/postgres.sh</c> describes it in the environment.</summary>
internal static class TestPostgres
{
    public const string Variable = "REPORTFORGE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a PostgreSQL test is skipped here, or null when it runs: it always runs in CI, and fails there without a server.</summary>
    public static string? SkipReason => ConnectionString is null && !InContinuousIntegration
        ? $"no PostgreSQL server: set {Variable} (run `eval \"$(.ci/postgres.sh start)\"`) to run the PostgreSQL tests"
        : null;

    /// <exception cref="InvalidOperationException">No server is configured (only reached in CI: elsewhere the tests are skipped).</exception>
    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (.ci/postgres.sh start) before the tests");

    /// <summary>Restarts the server with the same script <c>.ci/run</c> started it with, and waits until it is back.</summary>
    public static void Restart()
    {
        var control = Environment.GetEnvironmentVariable("REPORTFORGE_TEST_POSTGRES_CTL")
            ?? throw new InvalidOperationException("REPORTFORGE_TEST_POSTGRES_CTL is not set: start PostgreSQL with .ci/postgres.sh start");
        using var process = Process.Start(new ProcessStartInfo(control, "restart") { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"restarting PostgreSQL failed: {error}");
    }
}
