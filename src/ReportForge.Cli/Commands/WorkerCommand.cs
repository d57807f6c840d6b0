using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ReportForge.Server;

namespace ReportForge.Cli.Commands;

/// <summary>
/// <c>reportforge worker [--out DIR] [--ReportForge:Key=value …]</c>: runs jobs from the shared
/// PostgreSQL store, headless, until stopped.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "A local folder for caches and temporary files.", DefaultValueFactory = _ => "output" };
        var command = new Command("worker", "Run jobs only (no dashboard, no HTTP) from the PostgreSQL store a `serve` shares; start as many as you like, on any machines.")
        {
            output,
        };
        // settings pass through: --ReportForge:Storage=PostgreSql --ReportForge:PostgreSql:ConnectionString="Host=…"
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var settings = new Dictionary<string, string?> { ["ReportForge:OutputRoot"] = result.GetValue(output) };
            if (result.GetValue(CommonOptions.Templates) is { } templates) settings["ReportForge:Templates"] = templates;
            using var host = ReportForgeWorker.Build([.. result.UnmatchedTokens], new ServerComposition { Settings = settings });
            host.Run();
            return CommandRunner.Success;
        }));
        return command;
    }
}
