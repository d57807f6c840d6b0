using ReportForge.Core.Model;

namespace ReportForge.Core.Enrichment;

/// <summary>A paragraph ready for enrichment: its clean text, markers and the definitions in it.</summary>
internal sealed record ParagraphText(Paragraph Paragraph, IReadOnlyList<StakeholderDefinition> Definitions)
{
    public string Text => Paragraph.Text;

    /// <summary>Footnote numbers whose markers stand in <c>Text[start..end)</c>.</summary>
    /// <remarks>A marker after the paragraph's last full stop stands at <c>Text.Length</c> and belongs to the last clause.</remarks>
    public IReadOnlyList<int> FootnotesIn(int start, int end)
    {
        if (end >= Text.Length) end = int.MaxValue;
        var numbers = new List<int>();
        foreach (var footnote in Paragraph.Footnotes)
            if (footnote.Offset >= start && footnote.Offset < end) numbers.Add(footnote.Number);
        return numbers;
    }
}
