using ReportForge.Layout.Elements.Text;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Styles one span of text: <c>t.Span("37").Superscript()</c>.</summary>
public sealed class TextSpanDescriptor
{
    readonly TextSpan _span;

    internal TextSpanDescriptor(TextSpan span) => _span = span;

    TextSpanDescriptor With(Func<TextStyle, TextStyle> change)
    {
        _span.Style = change(_span.Style);
        return this;
    }

    /// <summary>Applies a whole style (unset properties still inherit).</summary>
    public TextSpanDescriptor Style(TextStyle style) => With(s => style.InheritFrom(s));
    /// <summary>Font family.</summary>
    public TextSpanDescriptor FontFamily(string family) => With(s => s.FontFamily(family));
    /// <summary>Size in points.</summary>
    public TextSpanDescriptor FontSize(double size) => With(s => s.FontSize(size));
    /// <summary>Bold.</summary>
    public TextSpanDescriptor Bold(bool value = true) => With(s => s.Bold(value));
    /// <summary>Italic.</summary>
    public TextSpanDescriptor Italic(bool value = true) => With(s => s.Italic(value));
    /// <summary>Colour.</summary>
    public TextSpanDescriptor FontColor(Color color) => With(s => s.FontColor(color));
    /// <summary>Underlined.</summary>
    public TextSpanDescriptor Underline(bool value = true) => With(s => s.Underline(value));
    /// <summary>Raised and smaller, for footnote markers.</summary>
    public TextSpanDescriptor Superscript(bool value = true) => With(s => s.Superscript(value));
    /// <summary>Line height as a multiple of the size.</summary>
    public TextSpanDescriptor LineHeight(double factor) => With(s => s.LineHeight(factor));

    /// <summary>Makes the span a link to a web address.</summary>
    public TextSpanDescriptor Link(string url)
    {
        _span.Link = LinkTarget.ToUrl(url);
        return this;
    }

    /// <summary>Makes the span a link to a named anchor in the document.</summary>
    public TextSpanDescriptor LinkTo(string anchor)
    {
        _span.Link = LinkTarget.ToAnchor(anchor);
        return this;
    }
}
