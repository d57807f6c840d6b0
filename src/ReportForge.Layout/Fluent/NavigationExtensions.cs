using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Named destinations, links, bookmarks and structure tags.</summary>
public static class NavigationExtensions
{
    /// <summary>A named destination at the top of the child; <c>LinkTo(name)</c> and <c>PageNumberOf(name)</c> refer to it.</summary>
    public static IContainer Anchor(this IContainer container, string name) =>
        container.Fill(new Anchor { Name = name ?? throw new ArgumentNullException(nameof(name)) });

    /// <summary>Makes the child's area a link to a web address.</summary>
    public static IContainer Hyperlink(this IContainer container, string url, string? description = null) =>
        container.Fill(new Hyperlink { Target = LinkTarget.ToUrl(url), Description = description });

    /// <summary>Makes the child's area a link to a named anchor in the document.</summary>
    public static IContainer LinkTo(this IContainer container, string anchor, string? description = null) =>
        container.Fill(new Hyperlink { Target = LinkTarget.ToAnchor(anchor), Description = description });

    /// <summary>Adds a bookmark (outline entry) at the child; level 1 is top-level.</summary>
    public static IContainer Bookmark(this IContainer container, string title, int level = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        return container.Fill(new Bookmark { Title = title, Level = level });
    }

    /// <summary>Wraps the child in a structure element of the tagged PDF (e.g. <see cref="StructureTag.Sect"/>).</summary>
    public static IContainer SemanticTag(this IContainer container, StructureTag tag) => container.Fill(new Semantic { Tag = tag });

    /// <summary>Marks the child as decoration that screen readers skip.</summary>
    public static IContainer Artifact(this IContainer container) => container.Fill(new Artifact());
}
