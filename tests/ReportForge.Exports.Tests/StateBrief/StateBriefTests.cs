using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pipeline;
using UglyToad.PdfPig;

namespace ReportForge.Exports.Tests.StateBrief;

public sealed class StateBriefTests(SloveniaExport export) : IClassFixture<SloveniaExport>
{
    [Fact]
    public void Export_WritesAStateBriefPdfAndWordPerRecommendingState_ListedInTheManifest()
    {
        var briefs = export.Result.Manifest.Artifacts.Where(a => a.Kind == ArtifactKind.StateBrief.WireName()).ToList();

        Assert.Contains(briefs, a => a.Path == "full/states/brazil.pdf");
        Assert.Contains(briefs, a => a.Path == "full/states/brazil.docx");
        Assert.Equal(briefs.Count(a => a.Path.EndsWith(".pdf", StringComparison.Ordinal)), briefs.Count(a => a.Path.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.DoesNotContain(briefs, a => a.Path.Contains("macedonia-fyr", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_GivesTheSameBytes_WhenRunAgainOnTheSameInputs()
    {
        var root = Directory.CreateTempSubdirectory("reportforge-states-again-").FullName;
        try
        {
            var again = ExportPipeline.CreateDefault(PipelineFixtures.Templates).Run(SloveniaExport.Request(root));

            Assert.Equal(export.Result.Manifest.Artifacts.Select(a => (a.Path, a.Sha256)), again.Manifest.Artifacts.Select(a => (a.Path, a.Sha256)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void StateBriefPdf_NamesTheAskTheStatesEarlierWordingTheResponseAndTheStakeholders()
    {
        using var pdf = PdfDocument.Open(export.File("full/states/brazil.pdf"));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.InRange(pdf.NumberOfPages, 1, 2);
        Assert.Contains("Meeting Brazil", text);
        Assert.Contains("security of tenure to Roma people", text);
        Assert.Contains("Take further measures to provide security of tenure", text);
        Assert.Contains("session 20, 2014; the State supported it.", text);
        Assert.Contains("Amnesty International (AI)", text);
    }

    [Fact]
    public void StateBriefWord_PassesTheOpenXmlValidator_AndCarriesTheSameContent()
    {
        using var document = WordprocessingDocument.Open(export.File("full/states/brazil.docx"), false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Meeting Brazil", text);
        Assert.Contains("Its earlier recommendation: “Take further measures to provide security of tenure", text);
    }

    [Fact]
    public void Matrix_GainsRecommendedBeforeBy_AndAStatesSheetRankedByAsks()
    {
        using var workbook = new XLWorkbook(export.File("full/matrix.xlsx"));

        var matrix = workbook.Worksheet("Matrix");
        Assert.Equal("Recommended before by", matrix.Cell(1, ReportForge.Exports.Matrix.MatrixColumns.RecommendedBefore).GetString());
        var rape = matrix.RowsUsed().First(r => r.Cell(ReportForge.Exports.Matrix.MatrixColumns.Recommendation).GetString().Contains("definition of rape", StringComparison.Ordinal));
        Assert.Contains("(session 34, 2019, supported)", rape.Cell(ReportForge.Exports.Matrix.MatrixColumns.RecommendedBefore).GetString());
        var states = workbook.Worksheet("States");
        Assert.Equal("State", states.Cell(1, 2).GetString());
        var counts = states.RowsUsed().Skip(1).Select(r => r.Cell(3).GetValue<int>()).ToList();
        Assert.NotEmpty(counts);
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(1, states.Cell(2, 1).GetValue<int>());
    }

    [Fact]
    public void PdfBrief_ShowsSimilarRecommendationsUnderTheAsk()
    {
        using var pdf = PdfDocument.Open(export.File("full/brief.pdf"));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.Contains("Similar recommendations:", text);
        Assert.Contains("(2019, supported)", text);
    }

    [Fact]
    public void InputHash_ChangesWhenADatasetChanges_SoRegenerationReRenders()
    {
        var root = Directory.CreateTempSubdirectory("reportforge-states-hash-").FullName;
        try
        {
            var csv = Path.Combine(root, "recommendations.csv");
            File.Copy(SloveniaExport.UprInfoCsv, csv);
            var pipeline = ExportPipeline.CreateDefault(PipelineFixtures.Templates);
            var request = SloveniaExport.Request(root, csv) with { Kinds = [ArtifactKind.ExcelMatrix] };
            var first = pipeline.Run(request);
            Assert.True(pipeline.Run(request).Skipped);

            File.AppendAllText(csv, "Slovenia,EEG,EU,Protect the rights of older persons,Chile,GRULAC,,Accepted,4,Other,20,x\n");
            var second = pipeline.Run(request);

            Assert.False(second.Skipped);
            Assert.NotEqual(first.Manifest.InputHash, second.Manifest.InputHash);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Export_WritesNothing_WhenADatasetIsForeign()
    {
        var root = Directory.CreateTempSubdirectory("reportforge-states-bad-").FullName;
        try
        {
            var csv = Path.Combine(root, "contacts.csv");
            File.WriteAllText(csv, "Name,Email\nAna,ana@example.org\n");

            var error = Assert.Throws<InputException>(() => ExportPipeline.CreateDefault(PipelineFixtures.Templates).Run(SloveniaExport.Request(Path.Combine(root, "out"), csv)));

            Assert.StartsWith("contacts.csv:1: not a UPR Info export", error.Message);
            Assert.False(Directory.Exists(Path.Combine(root, "out")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
