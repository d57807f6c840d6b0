using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Text;

/// <summary>What may happen after a token when a line is broken.</summary>
internal enum BreakKind
{
    /// <summary>Glued to the next token (a style or font change inside a word).</summary>
    None,
    /// <summary>Spaces follow; a break here drops them.</summary>
    Space,
    /// <summary>After a hyphen, dash or slash: break allowed, nothing added.</summary>
    AfterHyphen,
    /// <summary>At a soft hyphen: break allowed, and a hyphen is drawn only if it is taken.</summary>
    SoftHyphen,
    /// <summary>A hard line break (new paragraph).</summary>
    NewLine,
    /// <summary>Inside a word too long for any line: break allowed as a last resort.</summary>
    Emergency,
}

/// <summary>An unbreakable piece of text in one face and style, with what may follow it.</summary>
internal sealed class TextToken
{
    public required string Text { get; init; }
    public required ResolvedStyle Style { get; init; }
    public required FontFace Face { get; init; }
    public required double Width { get; init; }
    public BreakKind BreakAfter { get; set; }
    /// <summary>Width of the spaces after the token.</summary>
    public double GlueWidth { get; set; }
    public int SpaceCount { get; set; }
    /// <summary>Width of the hyphen drawn when a soft hyphen break is taken.</summary>
    public double HyphenWidth { get; init; }
    public LinkTarget? Link { get; init; }
}
