using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Exports.Word.Parts;

/// <summary>
/// Collects the brief's footnotes as the body is built and writes them as real Word footnotes:
/// Word and LibreOffice number, place and renumber them as people edit.
/// </summary>
internal sealed class FootnoteList
{
    public const string RelationshipId = "rIdFootnotes";
    private readonly List<Footnote> _notes = [];

    public int Count => _notes.Count;

    /// <summary>Adds a footnote reading <paramref name="text"/> and returns the run that marks it in the body.</summary>
    public Run Add(string text)
    {
        var id = _notes.Count + 1;
        _notes.Add(new Footnote(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.FootnoteText }),
                new Run(new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }), new FootnoteReferenceMark()),
                WordText.Run(" " + text)))
        { Id = id });
        return new Run(
            new RunProperties(new RunStyle { Val = WordStyles.FootnoteReference }),
            new FootnoteReference { Id = id });
    }

    /// <summary>Writes the footnotes part, with the separators Word expects before the numbered notes.</summary>
    public void AddFootnotesPart(MainDocumentPart main)
    {
        var part = main.AddNewPart<FootnotesPart>(RelationshipId);
        part.Footnotes = new Footnotes(
            new Footnote(SeparatorParagraph(new SeparatorMark())) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(SeparatorParagraph(new ContinuationSeparatorMark())) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        part.Footnotes.Append(_notes);
    }

    private static Paragraph SeparatorParagraph(OpenXmlElement mark) => new(
        new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new Run(mark));
}
