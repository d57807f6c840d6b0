namespace ReportForge.Cli.Tests.Commands;

/// <summary>
/// What <c>reportforge worker</c> refuses; the worker at work is in
/// <c>tests/ReportForge.Server.Tests/Deployment</c>, on a real PostgreSQL.
/// </summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Worker_Exits2_WhenTheJobStoreIsNotShared()
    {
        var outcome = CliProcess.Run(_folder, "worker", "--ReportForge:Storage=InMemory");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("set ReportForge:Storage=PostgreSql", outcome.Stderr);
    }

    [Fact]
    public void Worker_Exits2NamingTheSetting_WhenNoConnectionStringIsGiven()
    {
        var outcome = CliProcess.Run(_folder, "worker", "--ReportForge:Storage=PostgreSql", "--ReportForge:PostgreSql:ConnectionString=");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("REPORTFORGE_POSTGRES", outcome.Stderr);
    }
}
