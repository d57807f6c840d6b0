namespace ReportForge.Core.Model;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the parser noticed instead of guessing silently, pointing at the source.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, int Line, int Column, string Message)
{
    public override string ToString() =>
        $"{Line}:{Column}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
