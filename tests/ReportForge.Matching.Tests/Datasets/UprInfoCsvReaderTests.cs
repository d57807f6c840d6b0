using ReportForge.Core;
using ReportForge.Core.Model;
using ReportForge.Matching.Datasets;
using ReportForge.Matching.Tests.Fixtures;

namespace ReportForge.Matching.Tests.Datasets;

public sealed class UprInfoCsvReaderTests
{
    [Fact]
    public void Read_FindsEveryRowOfTheSloveniaExport_WithStatesResponsesAndSessions()
    {
        var dataset = DatasetFile.Load(FixturePaths.UprInfoCsv);

        Assert.Equal(UprInfoCsvReader.Format, dataset.Format);
        Assert.Equal(["Slovenia"], dataset.Countries);
        Assert.Equal(286, dataset.Recommendations.Count);
        Assert.Equal(250, dataset.Recommendations.Count(r => r.Response == StateResponse.Supported));
        Assert.Equal(36, dataset.Recommendations.Count(r => r.Response == StateResponse.Noted));
        Assert.Equal(106, dataset.Recommendations.Count(r => r.Session == 7));
        var first = dataset.Recommendations[0];
        Assert.Equal(["Malaysia"], first.States);
        Assert.Equal(ActionCategory.Specific, first.Action);
        Assert.Equal(["Rights of the Child", "Treaty bodies", "Women's rights"], first.Themes);
        Assert.Equal(2010, first.Year);
        Assert.Equal(1, first.Cycle);
        Assert.Equal("row 2", first.Id);
    }

    [Fact]
    public void Read_KeepsCommasAndQuotesInsideQuotedText()
    {
        var csv = "To,Text,From,Response,Action,Issue,Session\n" +
                  "Slovenia,\"Ratify the \"\"Istanbul\"\" Convention, soon\",Norway,Noted,5,\"Women's rights,Justice\",20\n";
        var dataset = UprInfoCsvReader.Read(new StringReader(csv), "x.csv");

        var only = Assert.Single(dataset.Recommendations);
        Assert.Equal("Ratify the \"Istanbul\" Convention, soon", only.Text);
        Assert.Equal(StateResponse.Noted, only.Response);
        Assert.Equal(2014, only.Year);
    }

    [Theory]
    [InlineData("Name,Age\nAna,3\n", "x.csv:1: not a UPR Info export: the header lacks To, Text, From, Response, Action, Issue, Session")]
    [InlineData("To,Text,From,Response,Action,Issue,Session\nSlovenia,Ratify,Norway,Accepted,5,Other,20\nSlovenia,Ratify,Norway,Accepted,5\n", "x.csv:3: row has 5 fields, the header has 7")]
    [InlineData("To,Text,From,Response,Action,Issue,Session\nSlovenia,Ratify,Norway,Maybe,5,Other,20\n", "x.csv:2: Response 'Maybe' is neither Accepted nor Noted")]
    [InlineData("To,Text,From,Response,Action,Issue,Session\nSlovenia,Ratify,Norway,Accepted,9,Other,20\n", "x.csv:2: Action '9' is not a category from 1 to 5")]
    [InlineData("To,Text,From,Response,Action,Issue,Session\nSlovenia,\"Ratify,Norway,Accepted,5,Other,20\n", "x.csv:2: a quoted field is never closed")]
    [InlineData("To,Text,From,Response,Action,Issue,Session\n", "x.csv: has a header but no recommendations")]
    public void Read_RefusesForeignOrBrokenRows_WithOneLineNamingFileAndRow(string csv, string message)
    {
        var error = Assert.Throws<InputException>(() => UprInfoCsvReader.Read(new StringReader(csv), "x.csv"));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Load_RefusesADamagedWordFile_NamingIt()
    {
        using var file = FixturePaths.Temp(".docx");
        File.WriteAllBytes(file.Path, [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2, 3]);

        var error = Assert.Throws<InputException>(() => DatasetFile.Load(file.Path));
        Assert.Equal($"{Path.GetFileName(file.Path)}: is not a Word document, or it is damaged (it cannot be opened as .docx)", error.Message);
    }
}
