namespace ReportForge.Layout.Infrastructure;

/// <summary>The structure types of a tagged PDF this engine writes.</summary>
public enum StructureTag
{
    /// <summary>No own structure element; content joins its parent's.</summary>
    None,
    /// <summary>Paragraph.</summary>
    P,
    /// <summary>Heading level 1.</summary>
    H1,
    /// <summary>Heading level 2.</summary>
    H2,
    /// <summary>Heading level 3.</summary>
    H3,
    /// <summary>Heading level 4.</summary>
    H4,
    /// <summary>Heading level 5.</summary>
    H5,
    /// <summary>Heading level 6.</summary>
    H6,
    /// <summary>List.</summary>
    L,
    /// <summary>List item.</summary>
    LI,
    /// <summary>List item label (bullet or number).</summary>
    Lbl,
    /// <summary>List item body.</summary>
    LBody,
    /// <summary>Table.</summary>
    Table,
    /// <summary>Table row.</summary>
    TR,
    /// <summary>Table header cell.</summary>
    TH,
    /// <summary>Table data cell.</summary>
    TD,
    /// <summary>Figure (needs alternative text).</summary>
    Figure,
    /// <summary>Table of contents.</summary>
    TOC,
    /// <summary>Table of contents item.</summary>
    TOCI,
    /// <summary>Section.</summary>
    Sect,
    /// <summary>Generic block grouping.</summary>
    Div,
    /// <summary>Caption of a table or figure.</summary>
    Caption,
    /// <summary>Generic inline span.</summary>
    Span,
    /// <summary>Footnote or endnote.</summary>
    Note,
}
