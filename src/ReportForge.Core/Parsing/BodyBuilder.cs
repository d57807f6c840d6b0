using ReportForge.Core.Parsing.Inline;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>A numbered paragraph after the inline pass: clean text and its markers.</summary>
/// <param name="HeadingMarkers">Markers on the headings right above the paragraph ("Right to health71"), which cite for it.</param>
internal sealed record ParagraphBody(TextBlockNode Block, CleanText Clean, IReadOnlyList<MarkerSpan> Markers,
    IReadOnlyList<(TextBlockNode Heading, MarkerSpan Marker)> HeadingMarkers);

/// <summary>What the inline pass makes of the blocks: paragraphs, and heading titles without their markers.</summary>
internal sealed record Body(List<ParagraphBody> Paragraphs, IReadOnlyDictionary<TextBlockNode, string> Titles);

/// <summary>Finds the footnote markers of every block in reading order and cleans the paragraphs' and headings' text.</summary>
internal static class BodyBuilder
{
    public static Body Build(DocumentNode document, DiagnosticBag diagnostics)
    {
        var markers = new FootnoteScanner(diagnostics).Scan(document.Blocks);
        var bodies = new List<ParagraphBody>();
        var titles = new Dictionary<TextBlockNode, string>();
        var pending = new List<(TextBlockNode, MarkerSpan)>();
        for (var k = 0; k < document.Blocks.Count; k++)
        {
            var block = document.Blocks[k];
            if (block.IsHeading)
            {
                titles[block] = markers[k].Count == 0 ? block.Source.Text : CleanText.From(block.Source.Text, markers[k]).Text;
                foreach (var marker in markers[k]) pending.Add((block, marker));
                continue;
            }
            if (block.Number is null) continue;
            bodies.Add(new ParagraphBody(block, CleanText.From(block.Source.Text, markers[k]), markers[k], pending.ToList()));
            pending.Clear();
        }
        return new Body(bodies, titles);
    }
}
