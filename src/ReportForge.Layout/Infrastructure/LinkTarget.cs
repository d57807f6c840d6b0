namespace ReportForge.Layout.Infrastructure;

/// <summary>Where a link goes: a web address or a named anchor inside the document.</summary>
public sealed record LinkTarget
{
    LinkTarget(string? url, string? anchor)
    {
        Url = url;
        Anchor = anchor;
    }

    /// <summary>The external address, or null for an internal link.</summary>
    public string? Url { get; }

    /// <summary>The anchor name, or null for an external link.</summary>
    public string? Anchor { get; }

    /// <summary>A link to a web address.</summary>
    public static LinkTarget ToUrl(string url) => new(url ?? throw new ArgumentNullException(nameof(url)), null);

    /// <summary>A link to a named anchor in this document.</summary>
    public static LinkTarget ToAnchor(string anchor) => new(null, anchor ?? throw new ArgumentNullException(nameof(anchor)));
}
