using System.Globalization;
using ReportForge.Exports.Pipeline;
using Spectre.Console;

namespace ReportForge.Cli.Output;

/// <summary>What an export wrote, for the terminal.</summary>
internal static class ExportReport
{
    public static void Write(ExportResult result)
    {
        var folder = Path.GetRelativePath(Directory.GetCurrentDirectory(), result.Folder);
        if (result.Skipped)
        {
            Console.Out.WriteLine($"Nothing changed since the last export of {result.Manifest.Source.Id}: "
                + $"{result.Manifest.Artifacts.Count} files in {folder} are current. Use --force to render again.");
            return;
        }
        var table = new Table().AddColumns("Kind", "File", "Pages", "KB", "ms");
        foreach (var a in result.Rendered.OrderBy(a => a.Path, StringComparer.Ordinal))
            table.AddRow(a.Kind, Markup.Escape(a.Path), a.Pages?.ToString(CultureInfo.InvariantCulture) ?? "",
                (a.Bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture), a.DurationMs.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        Console.Out.WriteLine($"Rendered {result.Rendered.Count} files for {result.Manifest.Source.Id} "
            + $"({result.Manifest.Source.Country}) into {folder}; manifest: {Path.Combine(folder, Manifest.FileName)}");
        foreach (var skipped in result.Manifest.Skipped ?? [])
            Console.Out.WriteLine($"Skipped profile {skipped.Profile}: {skipped.Reason}");
    }
}
