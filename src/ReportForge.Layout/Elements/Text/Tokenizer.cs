using System.Text;
using ReportForge.Layout.Drawing.Fonts;

namespace ReportForge.Layout.Elements.Text;

/// <summary>Cuts styled text into tokens at break opportunities and font changes.</summary>
internal static class Tokenizer
{
    const char SoftHyphen = '\u00AD';

    public static List<TextToken> Tokenize(IEnumerable<(string Text, ResolvedStyle Style, Drawing.Fonts.FontManager Fonts, Infrastructure.LinkTarget? Link)> runs)
    {
        var tokens = new List<TextToken>();
        var word = new StringBuilder();
        foreach (var (text, style, fonts, link) in runs)
        {
            FontFace? face = null;

            void Flush(BreakKind breakAfter)
            {
                if (word.Length == 0 && breakAfter == BreakKind.None)
                    return;
                var f = face ?? style.Face;
                var content = word.ToString();
                tokens.Add(new TextToken
                {
                    Text = content,
                    Style = style,
                    Face = f,
                    Width = f.WidthOf(content) * style.FontSize,
                    BreakAfter = breakAfter,
                    HyphenWidth = breakAfter == BreakKind.SoftHyphen ? f.WidthOf('-') * style.FontSize : 0,
                    Link = link,
                });
                word.Clear();
            }

            foreach (var c in text)
            {
                switch (c)
                {
                    case ' ' or '\t':
                        if (word.Length > 0 || tokens.Count == 0 || tokens[^1].BreakAfter == BreakKind.NewLine)
                            Flush(BreakKind.Space);
                        var last = tokens[^1];
                        last.BreakAfter = last.BreakAfter == BreakKind.NewLine ? BreakKind.NewLine : BreakKind.Space;
                        last.GlueWidth += style.Face.WidthOf(' ') * style.FontSize;
                        last.SpaceCount++;
                        break;
                    case '\n':
                        Flush(BreakKind.NewLine);
                        break;
                    case '\r':
                        break;
                    case SoftHyphen:
                        Flush(BreakKind.SoftHyphen);
                        break;
                    default:
                        var charFace = fonts.FaceFor(c, style.Face);
                        if (face is not null && charFace != face && word.Length > 0)
                            Flush(BreakKind.None);
                        face = charFace;
                        word.Append(c);
                        // A break may follow a hyphen, dash or slash inside a word ("human-rights", "and/or").
                        if (c is '-' or '/' or '\u2013' or '\u2014' && word.Length > 1)
                            Flush(BreakKind.AfterHyphen);
                        break;
                }
            }
            Flush(BreakKind.None);
        }
        return tokens;
    }
}
