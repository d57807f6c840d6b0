using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>Turns the text of a summary of stakeholders' information into a <see cref="Summary"/>.</summary>
/// <remarks>
/// Three passes, as in the OHCHR template itself: blocks (cover, headings, numbered paragraphs,
/// endnotes), then inline text (footnote markers by their reading-order numbers, repairs), then
/// enrichment (stakeholders, statements, recommendations, groups, the country under review).
/// </remarks>
public static class SummaryParser
{
    /// <summary>Parses <paramref name="text"/>; problems the parser works around become <see cref="Summary.Diagnostics"/>.</summary>
    /// <exception cref="InputException">The text is not a summary of stakeholders' information.</exception>
    public static Summary Parse(string text, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(LineReader.Split(text), options);
    }

    /// <summary>Parses lines a reader made (the text reader above, or the PDF reader with its cues).</summary>
    internal static Summary Parse(IReadOnlyList<SourceLine> lines, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag(lines);
        var document = BlockParser.Parse(lines, diagnostics);
        var cover = DocumentCover.Read(document.FrontMatter);
        ShapeCheck.RequireSummaryShape(document, cover, options.FileName);
        var body = BodyBuilder.Build(document, diagnostics);
        return SummaryBuilder.Build(document, cover, body, options, diagnostics);
    }
}
