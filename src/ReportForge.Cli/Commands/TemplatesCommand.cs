using System.CommandLine;
using ReportForge.Core;
using ReportForge.Exports.Word.Reference;

namespace ReportForge.Cli.Commands;

/// <summary><c>reportforge templates reference-docx [--out PATH]</c>: files of <c>templates/</c> made from code.</summary>
internal static class TemplatesCommand
{
    /// <summary>Where the reference document lives in the repository, run from its root.</summary>
    private const string ReferenceDocx = "templates/word/reference.docx";

    public static Command Create() => new("templates", "Write template files that are made from code.")
    {
        ReferenceDocxCommand(),
    };

    private static Command ReferenceDocxCommand()
    {
        var output = new Option<string>("--out")
        {
            Description = $"Where to write it (default: {ReferenceDocx}, replacing the restyled one).",
            DefaultValueFactory = _ => ReferenceDocx,
        };
        var command = new Command("reference-docx", "Write the Word reference document in the built-in look, to start restyling over.") { output };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var path = Path.GetFullPath(result.GetValue(output)!);
            try
            {
                ReferenceDocumentBuilder.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot take the file is the caller's to fix, not a bug.
                throw new InputException(path, $"cannot be written: {e.Message}", e);
            }
            Console.Out.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, path)}");
            return CommandRunner.Success;
        }));
        return command;
    }
}
