using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage;

/// <summary>A published file as a store finds it.</summary>
/// <param name="SourceId">The source it belongs to.</param>
/// <param name="Entry">Its manifest entry.</param>
/// <param name="LastWriteUtc">When it was published.</param>
public sealed record PublishedFile(string SourceId, ManifestArtifact Entry, DateTime LastWriteUtc);
