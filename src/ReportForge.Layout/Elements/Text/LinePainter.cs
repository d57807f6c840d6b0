using System.Text;
using ReportForge.Layout.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Text;

/// <summary>Draws one line: aligns it, stretches justified spaces, and merges tokens into as few strings as possible.</summary>
internal static class LinePainter
{
    public static void Paint(ICanvas canvas, List<TextToken> tokens, TextLine line, double top, double width, TextAlignment alignment)
    {
        var justify = alignment == TextAlignment.Justify && !line.LastOfParagraph;
        var extra = Math.Max(0, width - line.Width);
        var x = alignment switch
        {
            TextAlignment.Center => extra / 2,
            TextAlignment.Right => extra,
            _ => 0,
        };
        var gapExtra = justify ? extra / Math.Max(1, Gaps(tokens, line)) : 0;
        var baseline = top + line.Baseline;
        var text = new StringBuilder();

        var j = line.Start;
        while (j < line.End)
        {
            // Gather a run of tokens that can be drawn as one string.
            var first = tokens[j];
            var runX = x;
            text.Clear();
            while (true)
            {
                var token = tokens[j];
                text.Append(token.Text);
                x += token.Width;
                var lastOfLine = j == line.End - 1;
                if (lastOfLine && line.EndsWithHyphen)
                {
                    text.Append('-');
                    x += token.HyphenWidth;
                }
                j++;
                if (lastOfLine)
                    break;
                if (token.SpaceCount > 0)
                {
                    if (justify)
                    {
                        x += token.GlueWidth + gapExtra;
                        break;
                    }
                    text.Append(' ', token.SpaceCount);
                }
                x += token.GlueWidth;
                if (!SameRun(token, tokens[j]))
                    break;
            }
            DrawRun(canvas, first, text.ToString().TrimEnd(' '), runX, top, baseline, line.Height, x - runX);
        }
    }

    static void DrawRun(ICanvas canvas, TextToken first, string text, double x, double top, double baseline, double lineHeight, double width)
    {
        if (text.Length == 0)
            return;
        var style = first.Style;
        if (first.Link is { } link)
        {
            canvas.Translate(x, top);
            canvas.BeginLink(link, new Size(width, lineHeight), text);
            canvas.Translate(-x, -top);
        }
        canvas.DrawText(text, first.Face, style.FontSize, style.Color, x, baseline - style.Rise);
        if (style.Underline)
        {
            var y = baseline - style.Rise + style.FontSize * 0.12;
            var textWidth = first.Face.WidthOf(text) * style.FontSize;
            canvas.DrawLine(new Position(x, y), new Position(x + textWidth, y), Math.Max(0.4, style.FontSize * 0.06), style.Color);
        }
        if (first.Link is not null)
            canvas.EndLink();
    }

    static bool SameRun(TextToken a, TextToken b) =>
        ReferenceEquals(a.Style, b.Style) && ReferenceEquals(a.Face, b.Face) && Equals(a.Link, b.Link);

    static int Gaps(List<TextToken> tokens, TextLine line)
    {
        var gaps = 0;
        for (var j = line.Start; j < line.End - 1; j++)
            if (tokens[j].SpaceCount > 0)
                gaps++;
        return gaps;
    }
}
