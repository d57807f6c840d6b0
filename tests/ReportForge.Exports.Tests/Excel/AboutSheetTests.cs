using ReportForge.Core.Tailoring;
using ReportForge.Exports.Excel;

namespace ReportForge.Exports.Tests.Excel;

public sealed class AboutSheetTests
{
    private static Dictionary<string, string> Entries(ExcelRendered file) =>
        file.Workbook.Worksheet(AboutSheet.Name).RowsUsed()
            .Where(r => !r.Cell(2).IsEmpty())
            .ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());

    [Fact]
    public void Render_DescribesTheSourceAndTheGenerationInputs()
    {
        var profile = BriefProfile.Full with { Audience = "Ministry of Justice" };
        using var file = ExcelRendered.Of(ExcelTestContent.Content(profile));
        var about = Entries(file);

        Assert.Equal("Kazakhstan", about["Country"]);
        Assert.Equal("A/HRC/WG.6/7/KAZ/3", about["Document symbol"]);
        Assert.Equal("test-source.txt", about["Source file"]);
        Assert.Equal(new string('a', 64), about["Source SHA-256"]);
        Assert.Equal("full – Full brief", about["Profile"]);
        Assert.Equal("Ministry of Justice", about["Audience"]);
        Assert.Equal("4", about["Recommendations"]);
    }

    [Fact]
    public void Render_ExplainsTheDropDowns()
    {
        using var file = ExcelRendered.Of(ExcelTestContent.Content());
        var about = Entries(file);

        Assert.Contains("High, Medium, Low", about["Priority"], StringComparison.Ordinal);
        Assert.Contains("Partially implemented", about["Status"], StringComparison.Ordinal);
        Assert.Contains("date", about["Follow-up date"], StringComparison.Ordinal);
    }
}
