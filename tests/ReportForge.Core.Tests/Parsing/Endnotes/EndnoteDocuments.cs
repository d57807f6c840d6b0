using ReportForge.Core.Parsing;
using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Endnotes;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

/// <summary>The endnotes of the real summaries in Parsing/Specs, as the block parser collects them.</summary>
internal static class EndnoteDocuments
{
    public static IReadOnlyList<SourceLine> Lines(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Parsing", "Specs", name + ".input.txt");
        var lines = LineReader.Split(File.ReadAllText(path));
        return BlockParser.Parse(lines, new DiagnosticBag()).Endnotes;
    }

    public static EndnoteSet Read(string name) => EndnoteReader.Read(Lines(name));

    public static IReadOnlyList<SourceLine> FromText(string text) => LineReader.Split(text);
}
