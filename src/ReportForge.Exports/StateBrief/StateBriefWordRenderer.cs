using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Packaging;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Text;
using ReportForge.Exports.Word.Parts;

namespace ReportForge.Exports.StateBrief;

/// <summary>The Word state brief: the same content as the PDF, for people to add their meeting notes.</summary>
public sealed class StateBriefWordRenderer : IArtifactRenderer
{
    public ArtifactKind Kind => ArtifactKind.StateBrief;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) => StateBriefPlans.For(content, "docx");

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var champion = StateBriefPlans.Champion(plan, content);
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            main.Document = new Document(Body(content, champion));
        }
        package.Position = 0;
        DeterministicZip.Copy(package, output);
        return null;
    }

    private static Body Body(BriefContent content, StateChampion champion)
    {
        var country = content.Summary.Country;
        var body = new Body(
            Paragraph($"Meeting {champion.State}: the Universal Periodic Review of {country}", "Heading1"),
            Paragraph(StateBriefPdfDocument.Summary(champion, country)));
        var number = 0;
        foreach (var asked in champion.Asks)
        {
            body.Append(Paragraph($"{++number}. {asked.Ask.Text.TrimStart(':', ' ')}", "Heading2"));
            body.Append(Paragraph($"Raised now by: {StateBriefPlans.Stakeholders(content, asked.Ask)} ({content.Summary.Cite(asked.Ask)})"));
            foreach (var earlier in asked.Earlier)
            {
                body.Append(Paragraph($"Its earlier recommendation: “{earlier.Text}”", "Quote"));
                body.Append(Paragraph(StateBriefPdfDocument.Response(earlier), "Quote"));
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        return body;
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(XmlText.Strip(text)) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return paragraph;
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles"); // a fixed id: the same brief gives the same bytes
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleRunProperties(new RunFonts { Ascii = "Noto Sans", HighAnsi = "Noto Sans" }, new FontSize { Val = "20" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Heading1", "heading 1", "32", 0),
            Heading("Heading2", "heading 2", "24", 1),
            new Style(new StyleName { Val = "Quote" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "567" }),
                new StyleRunProperties(new Italic()))
            { Type = StyleValues.Paragraph, StyleId = "Quote" });
    }

    private static Style Heading(string id, string name, string size, int level) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
