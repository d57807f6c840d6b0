using ReportForge.Exports.Word.Reference;

namespace ReportForge.Cli.Tests.Commands;

public sealed class TemplatesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Generated()
    {
        using var output = new MemoryStream();
        ReferenceDocumentBuilder.Write(output);
        return output.ToArray();
    }

    [Fact]
    public void ReferenceDocx_WritesTheGeneratedReferenceDocument_WhereOutSays()
    {
        var run = CliProcess.Run(_folder, "templates", "reference-docx", "--out", "restyle/reference.docx");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Generated(), File.ReadAllBytes(Path.Combine(_folder, "restyle", "reference.docx")));
        Assert.Equal(["reference.docx"], Directory.GetFiles(Path.Combine(_folder, "restyle")).Select(Path.GetFileName));
    }

    [Fact]
    public void ReferenceDocx_ReplacesTheTemplatesCopy_ByDefault()
    {
        var path = Path.Combine(_folder, "templates", "word", "reference.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "restyled in Word");

        var run = CliProcess.Run(_folder, "templates", "reference-docx");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Generated(), File.ReadAllBytes(path));
    }

    [Fact]
    public void ReferenceDocx_RefusesAFolderThatCannotTakeIt_InOneLine()
    {
        File.WriteAllText(Path.Combine(_folder, "not-a-folder"), "");

        var run = CliProcess.Run(_folder, "templates", "reference-docx", "--out", "not-a-folder/reference.docx");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not-a-folder/reference.docx", line);
    }
}
