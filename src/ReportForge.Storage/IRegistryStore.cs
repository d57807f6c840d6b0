namespace ReportForge.Storage;

/// <summary>
/// Where the registry keeps its small documents (the source index and texts, requests and their
/// status), by key such as <c>requests/ab12.status.json</c>: a folder on this machine, or a table
/// every node of a deployment shares.
/// </summary>
public interface IRegistryStore
{
    /// <summary>The document's bytes, or null when there is none.</summary>
    byte[]? Read(string key);

    /// <summary>Creates or replaces a document, atomically.</summary>
    void Write(string key, ReadOnlySpan<byte> content);

    /// <summary>Deletes a document, if there is one.</summary>
    void Delete(string key);

    /// <summary>The keys directly under <paramref name="folder"/> (ending in <c>/</c>), newest first.</summary>
    IReadOnlyList<string> Keys(string folder);

    /// <summary>
    /// Holds an exclusive lock of that name across threads, processes and machines until disposed;
    /// waits for it as long as it takes unless <paramref name="cancellationToken"/> is cancelled. A
    /// holder that dies releases it.
    /// </summary>
    IDisposable Lock(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// A file on this machine with the document's content, for readers that take a path (the parser).
    /// <paramref name="version"/> (the content's hash) tells copies of different contents apart.
    /// </summary>
    string LocalFile(string key, string version);
}
