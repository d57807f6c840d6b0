using System.CommandLine;
using ReportForge.Cli.Commands;

var root = new RootCommand("ReportForge: advocacy briefs and recommendation matrices from UPR summaries of stakeholders' information.");
root.Options.Add(CommonOptions.Templates);
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(MatchCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(TemplatesCommand.Create());
return root.Parse(args).Invoke();
