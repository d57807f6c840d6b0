namespace ReportForge.Layout.Elements.Text;

/// <summary>Literal text, or a number only known while laying out pages.</summary>
internal enum SpanKind
{
    Literal,
    PageNumber,
    TotalPages,
    SectionPageNumber,
    SectionPageCount,
    PageOfAnchor,
}
