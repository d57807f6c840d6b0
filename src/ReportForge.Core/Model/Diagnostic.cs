namespace ReportForge.Core.Model;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something the parser noticed instead of guessing silently, pointing at the source.</summary>
/// <param name="Line">1-based line; for a PDF, the line on <see cref="Page"/>.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, int Line, int Column, string Message)
{
    /// <summary>1-based page of a PDF source; 0 for text.</summary>
    public int Page { get; init; }

    public override string ToString() =>
        Page > 0
            ? $"p. {Page}, line {Line}: {Severity.ToString().ToLowerInvariant()}: {Message}"
            : $"{Line}:{Column}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
