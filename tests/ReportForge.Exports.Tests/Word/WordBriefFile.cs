using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Tests.Word;

/// <summary>A rendered brief read back from its bytes, with the views tests check.</summary>
internal sealed class WordBriefFile : IDisposable
{
    private readonly MemoryStream _stream;

    public WordBriefFile(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Document = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public byte[] Bytes { get; }
    public WordprocessingDocument Document { get; }
    public MainDocumentPart Main => Document.MainDocumentPart!;
    public Body Body => Main.Document.Body!;

    /// <summary>Renders <paramref name="theme"/> of <paramref name="content"/> and reads it back.</summary>
    public static WordBriefFile Render(WordBriefRenderer renderer, BriefContent content, string theme)
    {
        var plan = renderer.Plan(content).Single(p => p.Theme == theme);
        return new WordBriefFile(RenderBytes(renderer, plan, content));
    }

    public static byte[] RenderBytes(IArtifactRenderer renderer, ArtifactPlan plan, BriefContent content)
    {
        using var output = new MemoryStream();
        renderer.Render(plan, content, output, CancellationToken.None);
        return output.ToArray();
    }

    public IReadOnlyList<ValidationErrorInfo> ValidationErrors() =>
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(Document).ToList();

    /// <summary>Every body paragraph's text, in order.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    public string Text => string.Join("\n", Paragraphs);

    public IReadOnlyList<Paragraph> ParagraphsIn(string styleId) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).ToList();

    /// <summary>The numbered footnotes (not the separators), by id.</summary>
    public IReadOnlyList<Footnote> Footnotes =>
        Main.FootnotesPart?.Footnotes.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList() ?? [];

    public IReadOnlyList<long> FootnoteReferenceIds =>
        Body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();

    public string HeaderText => string.Concat(Main.HeaderParts.Select(h => h.Header.InnerText));

    public IReadOnlyList<string> FooterFieldCodes =>
        Main.FooterParts.SelectMany(f => f.Footer.Descendants<FieldCode>()).Select(c => c.Text.Trim()).ToList();

    public string PartText(OpenXmlPart part)
    {
        using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
