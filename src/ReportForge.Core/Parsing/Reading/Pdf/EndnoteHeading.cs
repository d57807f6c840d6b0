using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// The endnotes follow a "Notes" line. When a document prints none, one is put before the first note:
/// a line in smaller type than the body that opens with a raised "1" after the body has begun.
/// </summary>
internal static class EndnoteHeading
{
    public static void Ensure(List<SourceLine> lines)
    {
        if (lines.Exists(l => EndnoteStart.IsHeading(l.Text))) return;
        var body = BodySize(lines);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Cues.Page < 2 || line.Cues.FontSize <= 0 || line.Cues.FontSize >= body) continue;
            if (line.Cues.Raised.Count == 0 || line.Cues.Raised[0].Start.Value != 0) continue;
            if (!line.Text.StartsWith("1 ", StringComparison.Ordinal) && line.Text != "1") continue;
            lines.Insert(i, new SourceLine(line.Number, 1, "Notes") { Cues = line.Cues with { Raised = [] } });
            for (var k = i + 1; k < lines.Count; k++) lines[k] = lines[k] with { Number = k + 1 };
            return;
        }
    }

    /// <summary>The size most text lines are set in.</summary>
    private static double BodySize(List<SourceLine> lines) =>
        lines.Where(l => l.Cues.FontSize > 0)
            .GroupBy(l => Math.Round(l.Cues.FontSize, 1))
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault(10);
}
