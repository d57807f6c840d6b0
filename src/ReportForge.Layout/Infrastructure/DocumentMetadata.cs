namespace ReportForge.Layout.Infrastructure;

/// <summary>The document information written into the PDF (Info dictionary and XMP).</summary>
public sealed class DocumentMetadata
{
    /// <summary>Title shown by viewers instead of the file name.</summary>
    public string Title { get; set; } = "";
    /// <summary>Author.</summary>
    public string Author { get; set; } = "";
    /// <summary>Subject.</summary>
    public string Subject { get; set; } = "";
    /// <summary>Keywords, comma separated.</summary>
    public string Keywords { get; set; } = "";
    /// <summary>The application that made the document.</summary>
    public string Creator { get; set; } = "ReportForge";
    /// <summary>Document language as a BCP 47 tag, e.g. <c>en</c> or <c>ru</c>.</summary>
    public string Language { get; set; } = "en";
}
