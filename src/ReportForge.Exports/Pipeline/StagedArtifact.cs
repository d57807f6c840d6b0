using System.Diagnostics;
using System.Security.Cryptography;

namespace ReportForge.Exports.Pipeline;

/// <summary>An artifact rendered to a temporary file beside its final place, not yet visible.</summary>
public sealed record StagedArtifact(string TemporaryPath, string FinalPath, ManifestArtifact Entry)
{
    /// <summary>
    /// Renders <paramref name="artifact"/> into a temporary file for its place in <paramref name="folder"/>,
    /// written in <paramref name="stagingFolder"/> when given (same file system), else beside that place.
    /// </summary>
    public static StagedArtifact Render(PlannedArtifact artifact, string folder, CancellationToken cancellationToken, string? stagingFolder = null)
    {
        var plan = artifact.Plan;
        var relative = plan.RelativePath.Replace('/', Path.DirectorySeparatorChar);
        var finalPath = Path.Combine(folder, relative);
        var temporary = AtomicFile.TemporaryPathFor(Path.Combine(stagingFolder ?? folder, relative));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        var clock = Stopwatch.StartNew();
        try
        {
            int? pages;
            // not flushed to the disk here: the publish flushes what it moves into place (ManifestAssembler.Commit)
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
                pages = artifact.Renderer.Render(plan, artifact.Content, stream, cancellationToken);
            var info = new FileInfo(temporary);
            string sha;
            using (var read = info.OpenRead()) sha = Convert.ToHexStringLower(SHA256.HashData(read));
            var entry = new ManifestArtifact(plan.Kind.WireName(), plan.RelativePath, info.Length, sha, pages,
                plan.Profile, plan.Theme, clock.ElapsedMilliseconds);
            return new StagedArtifact(temporary, finalPath, entry);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public void Discard()
    {
        if (File.Exists(TemporaryPath)) File.Delete(TemporaryPath);
    }
}
