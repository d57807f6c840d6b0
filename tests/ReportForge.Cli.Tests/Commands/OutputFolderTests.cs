using System.Diagnostics;

namespace ReportForge.Cli.Tests.Commands;

/// <summary>
/// An output folder that cannot take the files is the user's to fix: exit 2 and one line naming it.
/// The full and read-only file systems are real tmpfs mounts in a private mount namespace.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_Exits2NamingTheFolder_WhenItIsAFile()
    {
        File.WriteAllText(Path.Combine(_folder, "out"), "");

        var run = CliProcess.Run(_folder, "export", "--profile", "full", "--kinds", "excel-matrix", "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("reportforge: out: the output folder is a file, not a folder\n", run.Stderr);
    }

    [Theory]
    [InlineData("size=16k", "reportforge: out: the output folder cannot be written: No space left on device\n")]
    [InlineData("ro", "reportforge: out: the output folder cannot be written: Read-only file system\n")]
    public void Export_Exits2NamingTheFolder_WhenTheDiskIsFullOrReadOnly(string mountOptions, string expected)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "out"));
        var reportforge = $"dotnet exec {Path.Combine(AppContext.BaseDirectory, "reportforge.dll")}";

        var run = Shell($"mount -t tmpfs -o {mountOptions} tmpfs out && {reportforge} export --profile full --kinds excel-matrix --out out; " +
            "echo exit=$?; find out -type f");

        Assert.Equal(expected, run.Stderr);
        Assert.Equal("exit=2\n", run.Stdout); // and no file left behind
    }

    private (string Stdout, string Stderr) Shell(string script)
    {
        var start = new ProcessStartInfo("unshare", ["-rm", "sh", "-c", script])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        return (stdout.Result, stderr.Result);
    }
}
