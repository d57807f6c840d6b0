using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Text;

/// <summary>A run of text with one style, as written through the fluent API.</summary>
internal sealed class TextSpan
{
    public SpanKind Kind { get; init; }
    public string Text { get; init; } = "";
    /// <summary>For <see cref="SpanKind.PageOfAnchor"/>: the anchor whose page is shown.</summary>
    public string? Anchor { get; init; }
    public TextStyle Style { get; set; } = TextStyle.Default;
    public LinkTarget? Link { get; set; }

    public bool IsDynamic => Kind != SpanKind.Literal;
}
