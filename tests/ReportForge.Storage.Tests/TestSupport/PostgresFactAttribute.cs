namespace ReportForge.Storage.Tests.TestSupport;

/// <summary>
/// A test that needs a PostgreSQL server (<c>REPORTFORGE_TEST_POSTGRES</c>, which <c>.ci/postgres.sh start</c>
/// prints). Without one it is skipped, saying why; in CI (<c>CI=true</c>) it runs regardless and fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason) Skip = reason;
    }
}
