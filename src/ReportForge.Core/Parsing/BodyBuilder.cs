using ReportForge.Core.Parsing.Inline;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>A numbered paragraph after the inline pass: clean text and its markers.</summary>
internal sealed record ParagraphBody(TextBlockNode Block, CleanText Clean, IReadOnlyList<MarkerSpan> Markers);

/// <summary>Finds the footnote markers of every block in reading order and cleans the paragraphs' text.</summary>
internal static class BodyBuilder
{
    public static List<ParagraphBody> Build(DocumentNode document, DiagnosticBag diagnostics)
    {
        var markers = new FootnoteScanner(diagnostics).Scan(document.Blocks);
        var bodies = new List<ParagraphBody>();
        for (var k = 0; k < document.Blocks.Count; k++)
        {
            var block = document.Blocks[k];
            if (block.Number is null) continue;
            bodies.Add(new ParagraphBody(block, CleanText.From(block.Source.Text, markers[k]), markers[k]));
        }
        return bodies;
    }
}
