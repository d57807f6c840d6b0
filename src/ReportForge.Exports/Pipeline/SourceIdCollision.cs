using ReportForge.Core;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Refuses to render over an output folder that holds another source's files: two file names that
/// give one id must not overwrite each other silently.
/// </summary>
public static class SourceIdCollision
{
    /// <exception cref="InputException">The folder's manifest lists a different source file.</exception>
    public static void Check(Manifest? existing, SourceDocument source)
    {
        if (existing is null || existing.Source.Id != source.Descriptor.Id) return;
        if (string.Equals(existing.Source.File, source.Descriptor.FileName, StringComparison.Ordinal)) return;
        throw new InputException(source.Descriptor.FileName,
            $"its source id '{source.Descriptor.Id}' already holds the outputs of '{existing.Source.File}'; " +
            "choose another id (--id) or rename the file");
    }
}
