namespace ReportForge.Core.Model;

/// <summary>How a heading is numbered in the OHCHR template.</summary>
public enum SectionLevel
{
    /// <summary>"I. BACKGROUND AND FRAMEWORK"</summary>
    Part = 1,
    /// <summary>"A. Scope of international obligations"</summary>
    Lettered = 2,
    /// <summary>"1. Equality and non-discrimination" (restarts in each lettered section); from 2017 a cluster ("1. Cross-cutting issues")</summary>
    Numbered = 3,
    /// <summary>An unnumbered title line over paragraphs, italic in the PDF from 2017: "Right to health", "Women"</summary>
    Titled = 4,
}

/// <summary>A heading of the summary, with the id of its place in the outline (<c>II.B.2</c>).</summary>
/// <param name="Id">Outline id: <c>I</c>, <c>I.A</c>, <c>II.B.2</c>.</param>
/// <param name="Title">The heading in sentence case, as a reader would write it.</param>
/// <param name="ParentId">The enclosing section, null for a part.</param>
/// <param name="Level">Part, lettered or numbered.</param>
/// <param name="Line">1-based line of the heading in the source.</param>
public sealed record Section(string Id, string Title, string? ParentId, SectionLevel Level, int Line)
{
    /// <summary>A file-name-safe name for the section ("equality-and-non-discrimination").</summary>
    public string Slug => Slugs.From(Title);

    /// <summary>
    /// The theme across cycles (<c>templates/themes.yaml</c>): "Right to life, liberty and security of the
    /// person" (2010) and "… of person, and freedom from torture" (2026) are both
    /// <c>right-to-life-liberty-and-security</c>. A heading the list lacks keeps its own slug.
    /// </summary>
    public string ThemeKey
    {
        get => _themeKey ?? Slug;
        init => _themeKey = value;
    }

    private readonly string? _themeKey;
}
