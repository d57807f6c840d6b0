using System.Diagnostics;
using System.Text;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>The real <c>reportforge worker</c> in a child process, as an operator starts it on another machine.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _local;
    private readonly StringBuilder _log = new();

    private WorkerProcess(Process process, string local)
    {
        _process = process;
        _local = local;
    }

    public int Id => _process.Id;

    /// <summary>What it wrote to stdout and stderr so far (warnings and errors).</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <param name="connectionString">The shared database.</param>
    /// <param name="threads">Jobs it runs at once.</param>
    /// <param name="invisibilityTimeout">How soon a job it took and never finished goes to another worker.</param>
    public static WorkerProcess Start(string connectionString, int threads, TimeSpan invisibilityTimeout)
    {
        var local = Directory.CreateTempSubdirectory("reportforge-worker-").FullName; // its own empty disk
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = local,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", Path.Combine(AppContext.BaseDirectory, "reportforge.dll"), "worker",
            "--out", Path.Combine(local, "output"),
            "--templates", Path.Combine(AppContext.BaseDirectory, "templates"),
            "--ReportForge:Storage=PostgreSql",
            $"--ReportForge:WorkerCount={threads}",
            $"--ReportForge:PostgreSql:InvisibilityTimeout={invisibilityTimeout:c}",
            "--ReportForge:PostgreSql:QueuePollInterval=00:00:00.2",
        }) start.ArgumentList.Add(argument);
        start.Environment["REPORTFORGE_POSTGRES"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var worker = new WorkerProcess(process, local);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>SIGKILL on Linux: no shutdown, no cleanup, as when a machine dies.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(_local, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }
}
