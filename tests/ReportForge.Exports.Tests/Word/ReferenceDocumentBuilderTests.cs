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
    /// <summary>Set to regenerate templates/word/reference.docx from code (and start its styling over).</summary>
    private const string RegenerateVariable = "REPORTFORGE_REGENERATE_WORD_REFERENCE";

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
    public void Save_RegeneratesTheCommittedFile_WhenAsked()
    {
        // Opt-in: running it rewrites the file in the repository, discarding styling done in Word.
        if (Environment.GetEnvironmentVariable(RegenerateVariable) != "1") return;
        var path = Path.Combine(RepositoryRoot(), "templates", "word", "reference.docx");
        ReferenceDocumentBuilder.Save(path);
        Assert.True(File.Exists(path));
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportForge.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
