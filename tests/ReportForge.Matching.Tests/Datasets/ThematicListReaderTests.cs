using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core;
using ReportForge.Matching.Datasets;
using ReportForge.Matching.Tests.Fixtures;

namespace ReportForge.Matching.Tests.Datasets;

public sealed class ThematicListReaderTests
{
    [Fact]
    public void Read_TheSecondCycleList_WithThemeCodes()
    {
        var dataset = DatasetFile.Load(FixturePaths.ThematicList2014);

        Assert.Equal(ThematicListReader.Format, dataset.Format);
        Assert.Equal(["Slovenia"], dataset.Countries);
        Assert.Equal(163, dataset.Recommendations.Select(r => r.Id).Distinct().Count());
        var ratify = dataset.Recommendations.Single(r => r.Id == "115.3");
        Assert.Equal("Ratify the Optional Protocol to the Rights of the Child on a communications procedure", ratify.Text);
        Assert.Equal(["Portugal", "Slovakia"], ratify.States);
        Assert.Equal(StateResponse.Supported, ratify.Response);
        Assert.Equal(20, ratify.Session);
        Assert.Equal(2014, ratify.Year);
        Assert.Equal(["Acceptance of international norms"], ratify.Themes);
        Assert.Equal(["children"], ratify.AffectedPersons.Select(p => p.TrimStart('-', ' ')));
        Assert.Equal(21, dataset.Recommendations.Where(r => r.Response == StateResponse.Noted).Select(r => r.Id).Distinct().Count());
        Assert.Contains(dataset.Recommendations.Single(r => r.Id == "115.18").States, s => s == "Türkiye");
    }

    [Fact]
    public void Read_TheThirdCycleList_SplitsMergedRecommendationsAndKeepsEveryState()
    {
        var dataset = DatasetFile.Load(FixturePaths.ThematicList2019);

        Assert.Equal(34, dataset.Recommendations[0].Session);
        var merged = dataset.Recommendations.Where(r => r.Id == "121.2").ToList();
        Assert.Equal(2, merged.Count);
        Assert.Equal(["Ukraine"], merged[0].States);
        Assert.Equal(["Slovakia"], merged[1].States);
        Assert.StartsWith("Increase efforts towards ratification", merged[1].Text);
        var both = dataset.Recommendations.Single(r => r.Id == "121.1");
        Assert.Equal(["France", "Lithuania"], both.States);
        var labour = dataset.Recommendations.Single(r => r.Id == "121.3");
        Assert.Equal(["United Kingdom"], labour.States);
        Assert.EndsWith("Forced Labour Convention, 1930 (No. 29)", labour.Text);
        Assert.Contains("Enforced disappearances", both.Themes);
        Assert.Equal(215, dataset.Recommendations.Select(r => r.Id).Distinct().Count());
        Assert.All(dataset.Recommendations, r => Assert.NotEmpty(r.States));
    }

    [Fact]
    public void Read_AListWithoutAssessmentColumnAndThemeParagraphs_ReadsLikeTheOthers()
    {
        using var file = FixturePaths.Temp(".docx");
        WriteList(file.Path, header: ["Recommendation", "Position", "Themes"],
            themeAsParagraph: "Theme: Rights of the child",
            rows: [["89.4 Ensure birth registration for all children (Mexico, Brazil).", "Accepted", "- Rights of the child"]]);

        var dataset = ThematicListReader.Read(file.Path);

        var only = Assert.Single(dataset.Recommendations);
        Assert.Equal(["Mexico", "Brazil"], only.States);
        Assert.Equal(StateResponse.Supported, only.Response);
        Assert.Equal(["Rights of the child"], only.Themes);
    }

    [Fact]
    public void Read_RefusesAPositionItCannotRead_NamingTheRow()
    {
        using var file = FixturePaths.Temp(".docx");
        WriteList(file.Path, header: ["Recommendation", "Position"], themeAsParagraph: null,
            rows: [["1.1 Do this (Chile);", "Supported"], ["1.2 Do that (Peru);", "Under consideration"]]);

        var error = Assert.Throws<InputException>(() => ThematicListReader.Read(file.Path));
        Assert.Equal($"{Path.GetFileName(file.Path)}: table row 3: position 'Under consideration' is neither Supported nor Noted", error.Message);
    }

    [Fact]
    public void Read_RefusesAWordFileThatIsNoThematicList()
    {
        using var file = FixturePaths.Temp(".docx");
        WriteList(file.Path, header: ["Name", "Age"], themeAsParagraph: null, rows: [["Ana", "3"]]);

        var error = Assert.Throws<InputException>(() => DatasetFile.Load(file.Path));
        Assert.Contains("no table headed 'Recommendation' and 'Position'", error.Message);
    }

    private static void WriteList(string path, string[] header, string? themeAsParagraph, string[][] rows)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(new Paragraph(new Run(new Text("UPR of Mexico (1st Cycle – 4th session)"))));
        if (themeAsParagraph is not null) body.Append(new Paragraph(new Run(new Text(themeAsParagraph))));
        var table = new Table(Row(header));
        foreach (var row in rows) table.Append(Row(row));
        body.Append(table);
        main.Document = new Document(body);

        static TableRow Row(IEnumerable<string> cells) =>
            new(cells.Select(c => (OpenXmlElement)new TableCell(new Paragraph(new Run(new Text(c))))));
    }
}
