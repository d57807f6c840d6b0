using ReportForge.Layout.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Describes a document: metadata, default styles and its page sets, in order.</summary>
public sealed class DocumentDescriptor
{
    internal DocumentDescriptor(DocumentModel model) => Model = model;

    internal DocumentModel Model { get; }

    /// <summary>Fills in title, author, subject, keywords and language.</summary>
    public DocumentDescriptor Metadata(Action<DocumentMetadata> configure)
    {
        configure(Model.Metadata);
        return this;
    }

    /// <summary>The text style every page set inherits.</summary>
    public DocumentDescriptor DefaultTextStyle(Func<TextStyle, TextStyle> style)
    {
        Model.DefaultTextStyle = style(Model.DefaultTextStyle);
        return this;
    }

    /// <summary>The style of headings of a level (1–6) made with <c>Heading(level, …)</c>.</summary>
    public DocumentDescriptor HeadingStyle(int level, Func<TextStyle, TextStyle> style)
    {
        Model.HeadingStyles[level] = style(Model.HeadingStyles.GetValueOrDefault(level) ?? TextStyle.Default);
        return this;
    }

    /// <summary>Adds a page set: pages sharing size, margins, header and footer, filled by one content flow. It starts on a new page.</summary>
    public DocumentDescriptor Page(Action<PageDescriptor> configure)
    {
        var set = new PageSet();
        configure(new PageDescriptor(set));
        Model.PageSets.Add(set);
        return this;
    }
}
