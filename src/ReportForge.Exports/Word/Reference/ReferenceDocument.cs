using System.Collections.Concurrent;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace ReportForge.Exports.Word.Reference;

/// <summary>
/// The parts every brief copies from <c>templates/word/reference.docx</c>: styles, numbering, theme,
/// font table and settings. Read once; each brand colour's variant is made once and shared, so
/// renders running in parallel only read.
/// </summary>
internal sealed class ReferenceDocument
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Settings children that follow w:footnotePr in the schema's sequence.
    private static readonly HashSet<string> AfterFootnoteProperties =
    [
        "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
        "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown",
        "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
    ];

    private readonly string _styles;
    private readonly string? _numbering;
    private readonly string? _theme;
    private readonly byte[]? _fontTable;
    private readonly byte[] _settings;
    private readonly ConcurrentDictionary<string, BrandedParts> _branded = new(StringComparer.Ordinal);

    private ReferenceDocument(string styles, string? numbering, string? theme, byte[]? fontTable, byte[] settings)
    {
        _styles = styles;
        _numbering = numbering;
        _theme = theme;
        _fontTable = fontTable;
        _settings = settings;
    }

    /// <exception cref="InputException">The file is missing, not a Word document, or has no styles.</exception>
    public static ReferenceDocument Load(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "the Word reference document is missing; regenerate it with ReferenceDocumentBuilder");
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart ?? throw new InputException(path, "not a Word document (no main document part)");
            var styles = main.StyleDefinitionsPart?.Styles?.OuterXml
                ?? throw new InputException(path, "the Word reference document has no styles");
            return new ReferenceDocument(
                styles,
                main.NumberingDefinitionsPart?.Numbering?.OuterXml,
                main.ThemePart?.Theme?.OuterXml,
                ReadBytes(main.FontTablePart),
                Encoding.UTF8.GetBytes(SanitizeSettings(main.DocumentSettingsPart?.Settings?.OuterXml)));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new InputException(path, "the Word reference document cannot be read: " + e.Message);
        }
    }

    /// <summary>Adds the reference parts to <paramref name="main"/>, coloured for <paramref name="brandColor"/>.</summary>
    public void CopyTo(MainDocumentPart main, string brandColor)
    {
        var branded = _branded.GetOrAdd(BrandColors.Normalize(brandColor), Brand);
        Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), branded.Styles);
        if (branded.Numbering is not null) Feed(main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering"), branded.Numbering);
        if (branded.Theme is not null) Feed(main.AddNewPart<ThemePart>("rIdTheme"), branded.Theme);
        if (_fontTable is not null) Feed(main.AddNewPart<FontTablePart>("rIdFontTable"), _fontTable);
        Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), _settings);
    }

    private BrandedParts Brand(string brand)
    {
        var styles = new Styles(_styles);
        BrandColors.ApplyToWordprocessing(styles, brand);
        Numbering? numbering = null;
        if (_numbering is not null)
        {
            numbering = new Numbering(_numbering);
            BrandColors.ApplyToWordprocessing(numbering, brand);
        }
        Drawing.Theme? theme = null;
        if (_theme is not null)
        {
            theme = new Drawing.Theme(_theme);
            BrandColors.ApplyToTheme(theme, brand);
        }
        return new BrandedParts(Bytes(styles), numbering is null ? null : Bytes(numbering), theme is null ? null : Bytes(theme));
    }

    // Settings may point at things a brief does not carry (an attached template, a mail-merge
    // source, protection); the footnote separators must be named because every brief has footnotes.
    private static string SanitizeSettings(string? xml)
    {
        var settings = xml is null ? ReferenceSettings.Create() : new Settings(xml);
        var dropped = settings.ChildElements
            .Where(child => child is AttachedTemplate or MailMerge or DocumentProtection or WriteProtection or Rsids
                or FootnoteDocumentWideProperties or EndnoteDocumentWideProperties or UpdateFieldsOnOpen
                || child.Descendants().Prepend(child).Any(e => e.GetAttributes().Any(a => a.NamespaceUri == RelationshipsNamespace)))
            .ToList();
        foreach (var child in dropped) child.Remove();

        var footnotes = new FootnoteDocumentWideProperties(
            new FootnoteSpecialReference { Id = -1 },
            new FootnoteSpecialReference { Id = 0 });
        var next = settings.ChildElements.FirstOrDefault(c =>
            c.NamespaceUri == settings.NamespaceUri && AfterFootnoteProperties.Contains(c.LocalName));
        if (next is null) settings.Append(footnotes);
        else settings.InsertBefore(footnotes, next);
        return settings.OuterXml;
    }

    private static byte[]? ReadBytes(OpenXmlPart? part)
    {
        if (part is null) return null;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Bytes(OpenXmlElement root) => Encoding.UTF8.GetBytes(root.OuterXml);

    private static void Feed(OpenXmlPart part, byte[] data)
    {
        using var stream = new MemoryStream(data, writable: false);
        part.FeedData(stream);
    }

    private sealed record BrandedParts(byte[] Styles, byte[]? Numbering, byte[]? Theme);
}
