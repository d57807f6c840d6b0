using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core;

namespace ReportForge.Matching.Datasets;

/// <summary>
/// OHCHR's "Thematic list of recommendations" (.docx): a table headed "Recommendation | Position | Full list of
/// themes | Assessment…", "Theme: …" rows (or paragraphs) between the recommendations, and the State under review
/// and session in the page header ("UPR of Slovenia (2nd Cycle – 20th session)"). Columns are found by their
/// headings, so lists without the assessment column, with theme codes ("A12 …") or names only, read alike.
/// </summary>
public static class ThematicListReader
{
    public const string Format = "OHCHR thematic list";

    public static RecommendationDataset Read(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            return Read(document, name);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new InputException(name, "is not a Word document, or it is damaged (it cannot be opened as .docx)", e);
        }
    }

    private static RecommendationDataset Read(WordprocessingDocument document, string name)
    {
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new InputException(name, "is a Word file without a document body");
        var heading = ListHeading.Find(document);
        var recommendations = new List<StateRecommendation>();
        var theme = "";
        var tableFound = false;
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph paragraph && ThemeRow.TryRead(OpenXmlText.Of(paragraph), out var paragraphTheme))
                theme = paragraphTheme;
            if (element is not Table table) continue;
            var rows = table.Elements<TableRow>().ToList();
            if (rows.Count == 0 || ThematicColumns.TryFind(rows[0]) is not { } columns) continue;
            tableFound = true;
            for (var r = 1; r < rows.Count; r++)
            {
                var cells = rows[r].Elements<TableCell>().Select(OpenXmlText.Lines).ToList();
                var joined = string.Join(" ", cells.SelectMany(c => c)).Trim();
                if (joined.Length == 0) continue;
                if (ThemeRow.TryRead(joined, out var rowTheme) && cells.Count(c => c.Count > 0) == 1) { theme = rowTheme; continue; }
                recommendations.AddRange(ThematicRow.Read(cells, columns, theme, heading, $"{name} table row {r + 1}", name, r + 1));
            }
        }
        if (!tableFound)
            throw new InputException(name, "is not an OHCHR thematic list of recommendations: no table headed 'Recommendation' and 'Position'");
        if (recommendations.Count == 0) throw new InputException(name, "has the thematic list's table but no recommendations in it");
        return new RecommendationDataset(name, Format, heading.Country.Length == 0 ? [] : [heading.Country], recommendations);
    }
}

/// <summary>Plain text of Open XML elements.</summary>
internal static class OpenXmlText
{
    public static string Of(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(d => d switch
        {
            Text t => t.Text,
            TabChar => " ",
            Break => " ",
            _ => "",
        })).Replace('\u00A0', ' ');

    /// <summary>The non-empty paragraphs of a cell, trimmed.</summary>
    public static IReadOnlyList<string> Lines(TableCell cell) =>
        cell.Descendants<Paragraph>().Select(p => Of(p).Trim()).Where(t => t.Length > 0).ToList();
}

/// <summary>"Theme: A12 Acceptance of international norms".</summary>
internal static class ThemeRow
{
    public static bool TryRead(string text, out string theme)
    {
        var trimmed = text.Trim();
        theme = "";
        if (!trimmed.StartsWith("Theme:", StringComparison.OrdinalIgnoreCase)) return false;
        theme = ThemeNames.WithoutCode(trimmed["Theme:".Length..]);
        return theme.Length > 0;
    }
}

/// <summary>Theme codes come and go between cycles: "A12 Acceptance of international norms" and "- Acceptance of …".</summary>
internal static class ThemeNames
{
    public static string WithoutCode(string text)
    {
        var t = text.Trim().TrimStart('-', '–', ' ');
        var i = 0;
        if (t.Length > 1 && char.IsAsciiLetterUpper(t[0]))
        {
            i = 1;
            while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
            if (i > 1 && i < t.Length && t[i] == ' ') return t[(i + 1)..].Trim();
        }
        return t;
    }
}
