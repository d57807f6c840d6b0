namespace ReportForge.Exports.Word;

/// <summary>
/// The style ids a brief uses. They are defined by the reference document, so restyling it
/// restyles every brief; the renderer never sets formatting that a style could carry.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Kicker = "BriefKicker";
    public const string Facts = "BriefFacts";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListNumber = "ListNumber";
    public const string ListBullet = "ListBullet";
    public const string AskDetails = "AskDetails";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string SourceNote = "SourceNote";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Strong = "Strong";
    public const string BriefTable = "BriefTable";
    public const string TableNormal = "TableNormal";
}
