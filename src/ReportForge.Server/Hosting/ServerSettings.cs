using Microsoft.Extensions.Configuration;
using ReportForge.Jobs;
using ReportForge.Server.Access;

namespace ReportForge.Server.Hosting;

/// <summary>
/// The server's configuration, section <c>ReportForge</c> (appsettings.json, environment variables
/// such as <c>ReportForge__Access__ApiKey</c>, or <c>--ReportForge:Key=value</c> on the command line).
/// </summary>
public sealed record ServerSettings
{
    public const string Section = "ReportForge";

    /// <summary><c>ReportForge:OutputRoot</c>: where outputs and the registry live.</summary>
    public string OutputRoot { get; init; } = "output";
    /// <summary><c>ReportForge:Templates</c>: the templates folder; by default found as the command line finds it.</summary>
    public string? Templates { get; init; }
    /// <summary>
    /// <c>ReportForge:Storage</c>: <c>InMemory</c> (embedded, the default: jobs in memory, files under
    /// <see cref="OutputRoot"/>) or <c>PostgreSql</c> (jobs, registry and files in one database that
    /// every server and worker shares).
    /// </summary>
    public string Storage { get; init; } = HangfireSetup.InMemory;
    /// <summary><c>ReportForge:PostgreSql:*</c>: the shared database, when <see cref="Storage"/> is <c>PostgreSql</c>.</summary>
    public PostgreSqlSettings PostgreSql { get; init; } = new();
    /// <summary>
    /// <c>ReportForge:WorkerCount</c>: jobs run at once; rendering is CPU-bound, so one per core.
    /// 0 on <c>serve</c> runs no jobs there: the dashboard only, with <c>reportforge worker</c>s doing the work.
    /// </summary>
    public int WorkerCount { get; init; } = Environment.ProcessorCount;
    /// <summary><c>ReportForge:RegenerateOnStart</c>: run the regeneration once at start, so outputs exist on the first visit.</summary>
    public bool RegenerateOnStart { get; init; } = true;
    /// <summary><c>ReportForge:RegenerationCron</c> and <c>ReportForge:MaxUploadBytes</c>.</summary>
    public JobsSettings Jobs { get; init; } = new();
    /// <summary><c>ReportForge:Access:*</c>: who may use the dashboard, the API and the downloads.</summary>
    public AccessSettings Access { get; init; } = new();

    public static ServerSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = new ServerSettings();
        return new ServerSettings
        {
            OutputRoot = section["OutputRoot"] ?? defaults.OutputRoot,
            Templates = section["Templates"],
            Storage = section["Storage"] ?? defaults.Storage,
            PostgreSql = PostgreSqlSettings.From(section.GetSection("PostgreSql"), configuration),
            WorkerCount = section.GetValue("WorkerCount", defaults.WorkerCount),
            RegenerateOnStart = section.GetValue("RegenerateOnStart", defaults.RegenerateOnStart),
            Jobs = new JobsSettings
            {
                RegenerationCron = section["RegenerationCron"] ?? JobsSettings.DefaultRegenerationCron,
                MaxUploadBytes = section.GetValue("MaxUploadBytes", defaults.Jobs.MaxUploadBytes),
            },
            Access = new AccessSettings
            {
                Username = section["Access:Username"],
                Password = section["Access:Password"],
                ApiKey = section["Access:ApiKey"],
                AllowedHosts = HostNames.Parse(section["Access:AllowedHosts"]),
            },
        };
    }
}

/// <summary>
/// Credentials. With none configured, only requests from this machine (127.0.0.1, ::1, not forwarded
/// by a proxy) are answered; with any configured, every request must present them.
/// </summary>
public sealed record AccessSettings
{
    /// <summary><c>ReportForge:Access:Username</c> for HTTP basic authentication.</summary>
    public string? Username { get; init; }
    /// <summary><c>ReportForge:Access:Password</c> for HTTP basic authentication.</summary>
    public string? Password { get; init; }
    /// <summary><c>ReportForge:Access:ApiKey</c>, sent as the <c>X-Api-Key</c> header.</summary>
    public string? ApiKey { get; init; }
    /// <summary>
    /// <c>ReportForge:Access:AllowedHosts</c>: <c>Host</c> names answered besides localhost, 127.0.0.1 and [::1].
    /// Without credentials every other name is refused; with credentials, names are checked only when this is set.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    public bool HasBasic => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password);
    public bool HasApiKey => !string.IsNullOrEmpty(ApiKey);
    public bool IsConfigured => HasBasic || HasApiKey;
}
