namespace ReportForge.Layout.Elements.Text;

/// <summary>
/// Greedy line breaking: fill each line as far as it goes and break at the last opportunity
/// (space, hyphen, slash, soft hyphen); a word longer than a line is cut rather than overflowing.
/// </summary>
internal static class LineBreaker
{
    const double Tolerance = 0.01;

    public static List<TextLine> Break(List<TextToken> tokens, double maxWidth, double paragraphSpacing)
    {
        var lines = new List<TextLine>();
        var paragraph = 0;
        var firstOfParagraph = true;
        var i = 0;
        while (i < tokens.Count)
        {
            var start = i;
            var end = FindLineEnd(tokens, start, maxWidth);
            var endsParagraph = tokens[end - 1].BreakAfter == BreakKind.NewLine || end == tokens.Count;
            var endsWithHyphen = tokens[end - 1].BreakAfter == BreakKind.SoftHyphen && !endsParagraph;
            lines.Add(Measure(tokens, start, end) with
            {
                Paragraph = paragraph,
                FirstOfParagraph = firstOfParagraph,
                LastOfParagraph = endsParagraph,
                EndsWithHyphen = endsWithHyphen,
                SpacingAfter = endsParagraph && end < tokens.Count ? paragraphSpacing : 0,
                Width = ContentWidth(tokens, start, end, endsWithHyphen),
            });
            firstOfParagraph = endsParagraph;
            if (endsParagraph)
                paragraph++;
            i = end;
        }
        return lines;
    }

    /// <summary>Cuts tokens wider than a line into pieces that fit, allowing a break between them.</summary>
    public static List<TextToken> SplitOverlongTokens(List<TextToken> tokens, double maxWidth)
    {
        if (tokens.TrueForAll(t => t.Width <= maxWidth + Tolerance))
            return tokens;
        var result = new List<TextToken>(tokens.Count + 4);
        foreach (var token in tokens)
        {
            if (token.Width <= maxWidth + Tolerance || token.Text.Length < 2)
            {
                result.Add(token);
                continue;
            }
            var pieceStart = 0;
            double width = 0;
            for (var c = 0; c < token.Text.Length; c++)
            {
                var charWidth = token.Face.WidthOf(token.Text[c]) * token.Style.FontSize;
                if (width + charWidth > maxWidth + Tolerance && c > pieceStart)
                {
                    result.Add(Piece(token, pieceStart, c, width, BreakKind.Emergency));
                    pieceStart = c;
                    width = 0;
                }
                width += charWidth;
            }
            var last = Piece(token, pieceStart, token.Text.Length, width, token.BreakAfter);
            last.GlueWidth = token.GlueWidth;
            last.SpaceCount = token.SpaceCount;
            result.Add(last);
        }
        return result;
    }

    static TextToken Piece(TextToken token, int from, int to, double width, BreakKind breakAfter) => new()
    {
        Text = token.Text[from..to],
        Style = token.Style,
        Face = token.Face,
        Width = width,
        BreakAfter = breakAfter,
        HyphenWidth = token.HyphenWidth,
        Link = token.Link,
    };

    static int FindLineEnd(List<TextToken> tokens, int start, double maxWidth)
    {
        double x = 0;
        var lastBreak = -1;
        var lastResort = -1;
        for (var j = start; j < tokens.Count; j++)
        {
            var token = tokens[j];
            var hyphen = token.BreakAfter == BreakKind.SoftHyphen ? token.HyphenWidth : 0;
            if (x + token.Width + hyphen > maxWidth + Tolerance && j > start)
            {
                if (lastBreak >= 0)
                    return lastBreak + 1;
                return lastResort >= 0 ? lastResort + 1 : j;
            }
            x += token.Width;
            switch (token.BreakAfter)
            {
                case BreakKind.NewLine:
                    return j + 1;
                case BreakKind.Space or BreakKind.AfterHyphen or BreakKind.SoftHyphen:
                    lastBreak = j;
                    break;
                default:
                    lastResort = j;
                    break;
            }
            x += token.GlueWidth;
        }
        return tokens.Count;
    }

    static double ContentWidth(List<TextToken> tokens, int start, int end, bool endsWithHyphen)
    {
        double width = 0;
        for (var j = start; j < end; j++)
        {
            width += tokens[j].Width;
            if (j < end - 1)
                width += tokens[j].GlueWidth;
        }
        return endsWithHyphen ? width + tokens[end - 1].HyphenWidth : width;
    }

    static TextLine Measure(List<TextToken> tokens, int start, int end)
    {
        double height = 0, ascent = 0, descent = 0;
        for (var j = start; j < end; j++)
        {
            var style = tokens[j].Style;
            height = Math.Max(height, style.BaseSize * style.LineHeight);
            // Line metrics follow the text size, not the raised smaller superscript.
            ascent = Math.Max(ascent, tokens[j].Face.Ascent * style.BaseSize);
            descent = Math.Max(descent, tokens[j].Face.Descent * style.BaseSize);
        }
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine { Start = start, End = end, Width = 0, Height = height, Baseline = baseline, Paragraph = 0 };
    }
}
