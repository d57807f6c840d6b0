using System.Text.Json;

namespace ReportForge.Cli.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Parse_PrintsTheJsonContract_ForTheBuiltInSample()
    {
        var run = CliProcess.Run(_folder, "parse", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("Kazakhstan", root.GetProperty("country").GetString());
        Assert.Equal(23, root.GetProperty("sections").GetArrayLength());
        Assert.Equal(53, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(16, root.GetProperty("stakeholders").GetArrayLength());
        var section = root.GetProperty("sections")[12];
        Assert.Equal("II.B.3", section.GetProperty("id").GetString());
        Assert.Equal("II.B", section.GetProperty("parent").GetString());
        var paragraph = root.GetProperty("paragraphs")[0];
        Assert.Equal(1, paragraph.GetProperty("number").GetInt32());
        Assert.Equal("I.A", paragraph.GetProperty("section").GetString());
        Assert.Equal([1, 2, 3, 4], paragraph.GetProperty("footnotes").EnumerateArray().Select(f => f.GetInt32()));
        Assert.True(paragraph.GetProperty("line").GetInt32() > 0);
        var recommendation = root.GetProperty("recommendations")[0];
        foreach (var field in new[] { "id", "paragraph", "section", "stakeholders", "verb", "target", "text", "footnotes", "affectedGroups", "actionCategory" })
            Assert.True(recommendation.TryGetProperty(field, out _), $"recommendations[0] lacks '{field}'");
        var statement = root.GetProperty("statements")[0];
        foreach (var field in new[] { "paragraph", "stakeholders", "verb", "kind", "text", "footnotes" })
            Assert.True(statement.TryGetProperty(field, out _), $"statements[0] lacks '{field}'");
        Assert.Equal(JsonValueKind.Array, root.GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public void Parse_PrintsAReadableDigest_WithoutJson()
    {
        var run = CliProcess.Run(_folder, "parse");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Kazakhstan", run.Stdout);
        Assert.Contains("53 paragraphs, 144 footnote markers, 23 sections, 16 stakeholders", run.Stdout);
        Assert.Contains("Amnesty International", run.Stdout);
    }

    [Fact]
    public void Parse_Exits2WithOneLineNamingTheFile_WhenTheFileIsEmpty()
    {
        var path = Path.Combine(_folder, "empty-summary.txt");
        File.WriteAllText(path, "");

        var run = CliProcess.Run(_folder, "parse", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty-summary.txt", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Parse_Exits2_WhenTheFileDoesNotExist()
    {
        var run = CliProcess.Run(_folder, "parse", "no-such-summary.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-summary.txt", run.Stderr);
    }

    [Fact]
    public void Parse_Exits2WithOneLine_WhenGivenADamagedPdf()
    {
        var path = Path.Combine(_folder, "summary.pdf");
        File.WriteAllBytes(path, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"u8.ToArray());

        var run = CliProcess.Run(_folder, "parse", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("summary.pdf: is a damaged PDF", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Parse_ReadsTheOfficialPdf_WithPagesOnParagraphs()
    {
        var run = CliProcess.Run(_folder, "parse", Path.Combine(AppContext.BaseDirectory, "Fixtures", "slovenia-2019-pdf.input.pdf"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("Slovenia", root.GetProperty("country").GetString());
        Assert.Equal(79, root.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(143, root.GetProperty("paragraphs").EnumerateArray().Sum(p => p.GetProperty("footnotes").GetArrayLength()));
    }
}
