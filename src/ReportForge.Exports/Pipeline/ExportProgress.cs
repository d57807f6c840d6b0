namespace ReportForge.Exports.Pipeline;

/// <summary>Reported while an export renders: how many of the planned files are done.</summary>
/// <param name="Completed">Files rendered so far.</param>
/// <param name="Total">Files planned.</param>
/// <param name="LastPath">The file just finished, relative to the source folder.</param>
public sealed record ExportProgress(int Completed, int Total, string? LastPath);
