using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>Pages sharing size, margins, header, footer and background, filled by one content flow.</summary>
internal sealed class PageSet
{
    public PageSize Size { get; set; } = PageSizes.A4;
    public double MarginLeft { get; set; } = 56;
    public double MarginTop { get; set; } = 56;
    public double MarginRight { get; set; } = 56;
    public double MarginBottom { get; set; } = 56;
    public string SectionName { get; set; } = "";
    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;

    public ContainerElement Background { get; } = new();
    public ContainerElement Header { get; } = new();
    public ContainerElement Content { get; } = new();
    public ContainerElement Footer { get; } = new();

    public IEnumerable<Element> Roots => [Background, Header, Content, Footer];
}

/// <summary>Everything <c>Document.Create</c> describes.</summary>
internal sealed class DocumentModel
{
    public DocumentMetadata Metadata { get; } = new();
    public TextStyle DefaultTextStyle { get; set; } = TextStyle.Default;
    public List<PageSet> PageSets { get; } = [];

    public Dictionary<int, TextStyle> HeadingStyles { get; } = new()
    {
        [1] = new TextStyle { FontSize = 17, Bold = true, Color = Colors.DarkBlue, LineHeight = 1.2 },
        [2] = new TextStyle { FontSize = 13.5, Bold = true, Color = Colors.DarkBlue, LineHeight = 1.2 },
        [3] = new TextStyle { FontSize = 11.5, Bold = true, LineHeight = 1.2 },
        [4] = new TextStyle { FontSize = 10.5, Bold = true, Italic = true },
        [5] = new TextStyle { Bold = true },
        [6] = new TextStyle { Italic = true },
    };
}
