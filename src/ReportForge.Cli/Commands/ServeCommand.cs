using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using ReportForge.Server;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge serve [--urls URLS] [--out DIR]</c>: the job dashboard, API and downloads.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated).", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var output = new Option<string>("--out") { Description = "The output folder; sources, requests and outputs live here.", DefaultValueFactory = _ => "output" };
        var command = new Command("serve", "Run the job dashboard (/hangfire), the JSON API (/api) and downloads (/outputs) with background workers.")
        {
            urls, output,
        };
        // settings the options do not cover pass through: --ReportForge:RegenerationCron="*/15 * * * *"
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = result.GetValue(urls),
                ["ReportForge:OutputRoot"] = result.GetValue(output),
            };
            if (result.GetValue(CommonOptions.Templates) is { } templates) settings["ReportForge:Templates"] = templates;
            var app = ReportForgeServer.Build([.. result.UnmatchedTokens], new ServerComposition { Settings = settings });
            app.Run();
            return CommandRunner.Success;
        }));
        return command;
    }
}
