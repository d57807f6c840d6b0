namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Where rendered files wait until they are published together: one run's folder on the command line,
/// a request's staging area in a store. A sink keeps bytes and publishes them; what is rendered, and
/// when, is the pipeline's decision. Nothing in a sink is served before it is published.
/// </summary>
public interface IArtifactSink
{
    /// <summary>Where the pipeline writes a file while it renders (the same file system as the sink's own files).</summary>
    string ScratchFolder { get; }

    /// <summary>The entry of a file already in the sink, else null: a re-run does not render it again.</summary>
    ManifestArtifact? Find(string relativePath);

    /// <summary>Takes a completely rendered file; from then on <see cref="Find"/> returns its entry.</summary>
    void Put(StagedArtifact rendered);

    /// <summary>How many files the sink holds.</summary>
    int Count();

    /// <summary>
    /// Publishes the files of <paramref name="plan"/> and the manifest: all of them appear together or
    /// none does. Entries from the same inputs stay listed; older ones are removed.
    /// </summary>
    /// <exception cref="InvalidOperationException">A planned file is not in the sink.</exception>
    Manifest Publish(ExportPlan plan, CancellationToken cancellationToken);

    /// <summary>Deletes everything the sink holds.</summary>
    void Discard();
}
