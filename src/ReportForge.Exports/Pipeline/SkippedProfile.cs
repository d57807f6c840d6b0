namespace ReportForge.Exports.Pipeline;

/// <summary>A shipped profile that an export of every profile left out, and why ("stakeholder 'AI' is not in the summary").</summary>
public sealed record SkippedProfile(string Profile, string Reason);
