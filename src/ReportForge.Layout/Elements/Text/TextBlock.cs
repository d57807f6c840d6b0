using System.Globalization;
using System.Text;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Text;

/// <summary>
/// A block of rich text: spans broken into lines, paginated line by line with widow and orphan
/// control (a paragraph never leaves a single line alone at the top or bottom of a page).
/// </summary>
internal sealed class TextBlock : Element
{
    readonly List<TextSpan> _spans = [];
    List<(TextSpan Span, ResolvedStyle Style)> _resolved = [];
    int _currentLine;
    LaidOut? _cache;

    public TextStyle Style { get; set; } = TextStyle.Default;
    public TextAlignment Alignment { get; set; } = TextAlignment.Left;
    public double ParagraphSpacing { get; set; }
    public bool WidowOrphanControl { get; set; } = true;
    public StructureTag Tag { get; set; } = StructureTag.P;
    /// <summary>1–6 for headings: their style comes from the document's heading styles.</summary>
    public int HeadingLevel { get; set; }

    public IReadOnlyList<TextSpan> Spans => _spans;

    public void Add(TextSpan span) => _spans.Add(span);

    sealed record LaidOut(double Width, string DynamicKey, List<TextToken> Tokens, List<TextLine> Lines);

    public override void Initialize(LayoutContext context, TextStyle inheritedStyle)
    {
        base.Initialize(context, inheritedStyle);
        var blockStyle = HeadingLevel > 0 && context.HeadingStyles.TryGetValue(HeadingLevel, out var heading)
            ? Style.InheritFrom(heading.InheritFrom(inheritedStyle))
            : Style.InheritFrom(inheritedStyle);
        var styles = new Dictionary<TextStyle, ResolvedStyle>();
        _resolved = _spans
            .Select(span =>
            {
                var style = span.Style.InheritFrom(blockStyle);
                if (!styles.TryGetValue(style, out var resolved))
                    styles[style] = resolved = new ResolvedStyle(style, context.Fonts);
                return (span, resolved);
            })
            .ToList();
        _cache = null;
    }

    public override void ResetState() => _currentLine = 0;

    public override SpacePlan Measure(Size available)
    {
        if (_spans.Count == 0)
            return SpacePlan.Empty();
        var laidOut = Layout(available.Width);
        var lines = laidOut.Lines;
        if (lines.Count == 0 || _currentLine >= lines.Count)
            return SpacePlan.Empty();
        var count = LinesThatFit(lines, available.Height);
        if (count == 0)
            return SpacePlan.Wrap($"{Describe()} needs {LinesHeight(lines, _currentLine, MinimumLines(lines)):0.#}pt but only {Math.Max(0, available.Height):0.#}pt is left");
        var size = new Size(MaxWidth(lines, count), LinesHeight(lines, _currentLine, count));
        return _currentLine + count == lines.Count ? SpacePlan.FullRender(size) : SpacePlan.PartialRender(size);
    }

    public override void Draw(Size available)
    {
        var laidOut = Layout(available.Width);
        var lines = laidOut.Lines;
        var count = LinesThatFit(lines, available.Height);
        if (count == 0)
            return;
        if (Tag != StructureTag.None && !Canvas.IsTagOpen(this) && !InsideTextContainer())
            Canvas.BeginTag(this, Tag);
        double top = 0;
        for (var i = _currentLine; i < _currentLine + count; i++)
        {
            var line = lines[i];
            LinePainter.Paint(Canvas, laidOut.Tokens, line, top, available.Width, Alignment);
            top += line.Height + line.SpacingAfter;
        }
        _currentLine += count;
        if (_currentLine >= lines.Count)
        {
            _currentLine = 0;
            if (Tag != StructureTag.None)
                Canvas.EndTag(this);
        }
    }

    /// <summary>A plain paragraph directly in a table cell or list label needs no P of its own: the cell holds the text.</summary>
    bool InsideTextContainer() =>
        Tag == StructureTag.P && Canvas.CurrentTag is StructureTag.TD or StructureTag.TH or StructureTag.Lbl;

    int LinesThatFit(List<TextLine> lines, double height)
    {
        var count = 0;
        double used = 0;
        for (var i = _currentLine; i < lines.Count; i++)
        {
            if (used + lines[i].Height > height + Size.Epsilon)
                break;
            used += lines[i].Height + lines[i].SpacingAfter;
            count++;
        }
        if (count == lines.Count - _currentLine || !WidowOrphanControl)
            return count;
        while (count > 0)
        {
            var last = lines[_currentLine + count - 1];
            var next = lines[_currentLine + count];
            if (last.Paragraph != next.Paragraph)
                break;
            var orphan = last.FirstOfParagraph;
            var widow = next.LastOfParagraph;
            if (!orphan && !widow)
                break;
            count--;
        }
        return count;
    }

    /// <summary>The fewest lines that could start this block on a page (for the wrap message).</summary>
    int MinimumLines(List<TextLine> lines)
    {
        var remaining = lines.Count - _currentLine;
        return WidowOrphanControl && remaining > 1 ? 2 : 1;
    }

    static double LinesHeight(List<TextLine> lines, int from, int count)
    {
        double height = 0;
        for (var i = from; i < from + count && i < lines.Count; i++)
            height += lines[i].Height + (i < from + count - 1 ? lines[i].SpacingAfter : 0);
        return height;
    }

    double MaxWidth(List<TextLine> lines, int count)
    {
        double width = 0;
        for (var i = _currentLine; i < _currentLine + count; i++)
            width = Math.Max(width, lines[i].Width);
        return width;
    }

    LaidOut Layout(double width)
    {
        var dynamicKey = DynamicKey();
        if (_cache is { } cache && Math.Abs(cache.Width - width) < Size.Epsilon && cache.DynamicKey == dynamicKey)
            return cache;
        var runs = _resolved.Select(r => (ResolveText(r.Span), r.Style, Context.Fonts, r.Span.Link));
        var tokens = LineBreaker.SplitOverlongTokens(Tokenizer.Tokenize(runs), width);
        var lines = LineBreaker.Break(tokens, width, ParagraphSpacing);
        _cache = new LaidOut(width, dynamicKey, tokens, lines);
        return _cache;
    }

    string DynamicKey()
    {
        StringBuilder? key = null;
        foreach (var (span, _) in _resolved)
            if (span.IsDynamic)
                (key ??= new StringBuilder()).Append(ResolveText(span)).Append('|');
        return key?.ToString() ?? "";
    }

    string ResolveText(TextSpan span)
    {
        var page = Context.Page;
        return span.Kind switch
        {
            SpanKind.PageNumber => Number(page.PageNumber),
            SpanKind.TotalPages => Number(Context.TotalPages()),
            SpanKind.SectionPageNumber => Number(page.SectionPageNumber),
            SpanKind.SectionPageCount => Number(Context.SectionPageCount(page.SectionName)),
            SpanKind.PageOfAnchor => Context.AnchorPage(span.Anchor!) is { } p ? Number(p) : "0",
            _ => span.Text,
        };
    }

    static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public override string Describe()
    {
        var text = string.Concat(_spans.Where(s => !s.IsDynamic).Select(s => s.Text)).ReplaceLineEndings(" ");
        return $"text \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }
}
