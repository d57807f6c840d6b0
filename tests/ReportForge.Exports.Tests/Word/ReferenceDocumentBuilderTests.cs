using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Templates;
using ReportForge.Exports.Word;
using ReportForge.Exports.Word.Reference;

namespace ReportForge.Exports.Tests.Word;

public sealed class ReferenceDocumentBuilderTests
{
    public static TheoryData<string> StylesABriefUses()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(WordStyles).GetFields(BindingFlags.Public | BindingFlags.Static))
            data.Add((string)field.GetValue(null)!);
        return data;
    }

    [Fact]
    public void Write_MakesADocumentThatPassesTheOpenXmlValidator()
    {
        using var document = Open(Build());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(StylesABriefUses))]
    public void Write_DefinesEveryStyleABriefUses(string styleId)
    {
        using var document = Open(Build());
        Assert.Contains(StyleIds(document), id => id == styleId);
    }

    [Theory]
    [MemberData(nameof(StylesABriefUses))]
    public void CommittedReferenceDocument_DefinesEveryStyleABriefUses(string styleId)
    {
        using var document = WordprocessingDocument.Open(TemplateSet.Open().WordReferenceDocument, isEditable: false);
        Assert.Contains(StyleIds(document), id => id == styleId);
    }

    [Fact]
    public void Write_GivesIdenticalBytes_EachTime() => Assert.Equal(Build(), Build());

    [Fact]
    public void Write_CarriesTheListsAndTheme_ThatBriefsCopy()
    {
        using var document = Open(Build());
        var main = document.MainDocumentPart!;
        Assert.Equal(2, main.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().Count());
        Assert.NotNull(main.ThemePart);
        Assert.NotNull(main.FontTablePart);
        Assert.NotNull(main.DocumentSettingsPart);
    }

    [Fact]
    public void CommittedReferenceDocument_PassesTheOpenXmlValidator()
    {
        // `reportforge templates reference-docx` writes it; restyled in Word it must stay valid.
        using var document = WordprocessingDocument.Open(TemplateSet.Open().WordReferenceDocument, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Save_ReplacesAFileWhole()
    {
        var folder = Directory.CreateTempSubdirectory("reportforge-reference-");
        try
        {
            var path = Path.Combine(folder.FullName, "word", "reference.docx");
            ReferenceDocumentBuilder.Save(path);
            ReferenceDocumentBuilder.Save(path);

            Assert.Equal(Build(), File.ReadAllBytes(path));
            Assert.Equal(["reference.docx"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Build()
    {
        using var output = new MemoryStream();
        ReferenceDocumentBuilder.Write(output);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);

    private static IEnumerable<string> StyleIds(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value!);
}
