using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Registry;

/// <summary>Reads and parses a summary's text file under a given source id.</summary>
/// <exception cref="ReportForge.Core.InputException">The file is not a summary.</exception>
public delegate SourceDocument SourceLoader(string file, string sourceId);
