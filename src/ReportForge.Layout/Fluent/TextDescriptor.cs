using ReportForge.Layout.Elements.Text;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>
/// Builds a block of rich text from spans. A newline in a span starts a new paragraph. Lines break at
/// spaces, after hyphens and slashes, and at soft hyphens (U+00AD, drawn only when the break is taken).
/// </summary>
public sealed class TextDescriptor
{
    readonly TextBlock _block;

    internal TextDescriptor(TextBlock block) => _block = block;

    /// <summary>Adds literal text.</summary>
    public TextSpanDescriptor Span(string text) => Add(new TextSpan { Text = text ?? "" });

    /// <summary>Adds text followed by a line break.</summary>
    public TextSpanDescriptor Line(string text) => Span(text + "\n");

    /// <summary>Adds link text pointing at a web address.</summary>
    public TextSpanDescriptor Hyperlink(string text, string url) => Span(text).Link(url);

    /// <summary>Adds link text pointing at a named anchor.</summary>
    public TextSpanDescriptor LinkTo(string text, string anchor) => Span(text).LinkTo(anchor);

    /// <summary>The number of the current page.</summary>
    public TextSpanDescriptor CurrentPageNumber() => Add(new TextSpan { Kind = SpanKind.PageNumber });

    /// <summary>The number of pages in the document.</summary>
    public TextSpanDescriptor TotalPages() => Add(new TextSpan { Kind = SpanKind.TotalPages });

    /// <summary>The number of the current page within its page set (section).</summary>
    public TextSpanDescriptor SectionPageNumber() => Add(new TextSpan { Kind = SpanKind.SectionPageNumber });

    /// <summary>The number of pages in the current page set (section).</summary>
    public TextSpanDescriptor SectionPageCount() => Add(new TextSpan { Kind = SpanKind.SectionPageCount });

    /// <summary>The page on which a named anchor landed (for contents pages and cross references).</summary>
    public TextSpanDescriptor PageNumberOf(string anchor) =>
        Add(new TextSpan { Kind = SpanKind.PageOfAnchor, Anchor = anchor ?? throw new ArgumentNullException(nameof(anchor)) });

    /// <summary>The style all spans inherit.</summary>
    public TextDescriptor DefaultStyle(Func<TextStyle, TextStyle> style)
    {
        _block.Style = style(_block.Style);
        return this;
    }

    /// <summary>Left-aligned lines (the default).</summary>
    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);
    /// <summary>Centred lines.</summary>
    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);
    /// <summary>Right-aligned lines.</summary>
    public TextDescriptor AlignRight() => Align(TextAlignment.Right);
    /// <summary>Lines stretched to both margins, except the last line of each paragraph.</summary>
    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Sets the alignment.</summary>
    public TextDescriptor Align(TextAlignment alignment)
    {
        _block.Alignment = alignment;
        return this;
    }

    /// <summary>Space after each paragraph (newline) inside this block, in points.</summary>
    public TextDescriptor ParagraphSpacing(double value)
    {
        _block.ParagraphSpacing = value;
        return this;
    }

    /// <summary>Turns widow and orphan control off (on by default).</summary>
    public TextDescriptor WidowOrphanControl(bool enabled)
    {
        _block.WidowOrphanControl = enabled;
        return this;
    }

    /// <summary>The structure element of the block in a tagged PDF (<see cref="StructureTag.P"/> by default).</summary>
    public TextDescriptor Tag(StructureTag tag)
    {
        _block.Tag = tag;
        return this;
    }

    TextSpanDescriptor Add(TextSpan span)
    {
        _block.Add(span);
        return new TextSpanDescriptor(span);
    }
}

/// <summary>Text content.</summary>
public static class TextExtensions
{
    /// <summary>A paragraph of plain text; style it through the returned span.</summary>
    public static TextSpanDescriptor Text(this IContainer container, string text)
    {
        var block = container.Fill(new TextBlock());
        return new TextDescriptor(block).Span(text);
    }

    /// <summary>A block of rich text: <c>c.Text(t => { t.Span("JS1 noted"); t.Span("37").Superscript(); })</c>.</summary>
    public static void Text(this IContainer container, Action<TextDescriptor> describe)
    {
        var block = container.Fill(new TextBlock());
        describe(new TextDescriptor(block));
    }

    /// <summary>
    /// A heading: tagged H1–H6, styled by the document's heading style for the level, added to the
    /// outline (bookmarks), kept with the content that follows it, and — with an anchor — a named
    /// destination that links and <c>PageNumberOf</c> can use.
    /// </summary>
    public static void Heading(this IContainer container, int level, string text, string? anchor = null, bool bookmark = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        var slot = container.KeepWithNext();
        if (anchor is not null)
            slot = slot.Anchor(anchor);
        if (bookmark)
            slot = slot.Bookmark(text, level);
        var block = slot.Fill(new TextBlock { HeadingLevel = level, Tag = StructureTag.H1 + (level - 1) });
        block.Add(new TextSpan { Text = text });
    }
}
