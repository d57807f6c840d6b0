namespace ReportForge.Layout.Elements.Text;

/// <summary>One laid-out line: a range of tokens and its metrics.</summary>
internal sealed record TextLine
{
    public required int Start { get; init; }
    /// <summary>One past the last token.</summary>
    public required int End { get; init; }
    /// <summary>Width of the drawn content, without trailing spaces.</summary>
    public required double Width { get; init; }
    public required double Height { get; init; }
    /// <summary>Distance from the top of the line to the baseline.</summary>
    public required double Baseline { get; init; }
    public required int Paragraph { get; init; }
    public bool FirstOfParagraph { get; init; }
    public bool LastOfParagraph { get; init; }
    /// <summary>True when the line ends at a soft hyphen, which is then drawn.</summary>
    public bool EndsWithHyphen { get; init; }
    /// <summary>Space added below the line (paragraph spacing after a paragraph's last line).</summary>
    public double SpacingAfter { get; init; }
}
