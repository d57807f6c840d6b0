using ReportForge.Core.Model;
using Spectre.Console;

namespace ReportForge.Cli.Output;

/// <summary>The readable account of a parsed summary: counts per section, stakeholders, asks, diagnostics.</summary>
internal static class SummaryDigest
{
    public static void Write(Summary summary, string fileName)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(fileName)}[/]: summary of stakeholders' information on [bold]{Markup.Escape(summary.Country)}[/]"
            + (summary.Document.Symbol is { } symbol ? $" ({Markup.Escape(symbol)})" : ""));
        console.WriteLine($"{summary.Paragraphs.Count} paragraphs, {summary.Paragraphs.Sum(p => p.Footnotes.Count)} footnote markers, "
            + $"{summary.Sections.Count} sections, {summary.Stakeholders.Count} stakeholders, "
            + $"{summary.Statements.Count} statements, {summary.Recommendations.Count} recommendations");
        console.WriteLine();
        console.Write(Sections(summary));
        console.Write(Stakeholders(summary));
        console.Write(Recommendations(summary));
        foreach (var d in summary.Diagnostics)
            console.MarkupLineInterpolated($"[yellow]{fileName}{(d.Page > 0 ? ": " : ":")}{d}[/]");
    }

    private static Table Sections(Summary summary)
    {
        var table = new Table().Title("Sections").AddColumns("Id", "Title", "¶", "Statements", "Asks");
        foreach (var s in summary.Sections)
        {
            var paragraphs = summary.Paragraphs.Where(p => p.SectionId == s.Id).Select(p => p.Number).ToHashSet();
            table.AddRow(
                Markup.Escape(s.Id),
                Markup.Escape(new string(' ', 2 * ((int)s.Level - 1)) + s.Title),
                paragraphs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                summary.Statements.Count(x => paragraphs.Contains(x.Paragraph)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                summary.Recommendations.Count(r => r.SectionId == s.Id).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return table;
    }

    private static Table Stakeholders(Summary summary)
    {
        var table = new Table().Title("Stakeholders").AddColumns("Code", "Name", "Paragraphs");
        foreach (var s in summary.Stakeholders)
            table.AddRow(Markup.Escape(s.Abbreviation), Markup.Escape(s.Name ?? "(not spelled out)"), string.Join(", ", s.Paragraphs));
        return table;
    }

    private static Table Recommendations(Summary summary)
    {
        var table = new Table().Title("Recommendations").AddColumns("Id", "By", "Verb", "Cat.", "Ask");
        foreach (var r in summary.Recommendations)
            table.AddRow(
                Markup.Escape(r.Id),
                Markup.Escape(string.Join(", ", r.Stakeholders)),
                Markup.Escape(r.Verb),
                ((int)r.ActionCategory).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(r.Text.Length > 90 ? r.Text[..87] + "…" : r.Text));
        return table;
    }
}
