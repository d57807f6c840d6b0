using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing.Syntax;

/// <summary>A heading as written: "II.", "B.", "5." or none, with its (possibly wrapped) title.</summary>
/// <param name="Title">The title's text as a block of its own, so footnote markers on it are found in reading order.</param>
internal sealed record HeadingNode(string Id, SectionLevel Level, string? ParentId, TextBlockNode Title, int Line)
{
    /// <summary>The title as written, markers included.</summary>
    public string RawTitle => Title.Source.Text;
}

/// <summary>A run of text in document order: a numbered paragraph, or text outside any (cover, stray lines).</summary>
internal sealed class TextBlockNode(int? number, string sectionId, int line, int column)
{
    /// <summary>The paragraph number, null for text that belongs to no paragraph.</summary>
    public int? Number { get; } = number;
    public string SectionId { get; } = sectionId;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>The title of a heading rather than running text.</summary>
    public bool IsHeading { get; init; }
    /// <summary>1-based page where the block starts, 0 where the reader knows no pages.</summary>
    public int Page { get; init; }
    public SourceText Source { get; } = new();
}

/// <summary>What the block parser makes of a whole document, before any inline work.</summary>
internal sealed class DocumentNode
{
    public List<SourceLine> FrontMatter { get; } = [];
    public List<HeadingNode> Headings { get; } = [];
    public List<TextBlockNode> Blocks { get; } = [];
    public List<SourceLine> Endnotes { get; } = [];

    public IEnumerable<TextBlockNode> Paragraphs => Blocks.Where(b => b.Number is not null);
}
