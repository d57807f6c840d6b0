using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.Folder;

/// <summary>The registry as files under <c>output/.registry/</c>: a key is a relative path.</summary>
internal sealed class FolderRegistryStore(RegistryLayout layout) : IRegistryStore
{
    public byte[]? Read(string key) => File.Exists(PathOf(key)) ? File.ReadAllBytes(PathOf(key)) : null;

    public void Write(string key, ReadOnlySpan<byte> content) => AtomicFile.WriteAllBytes(PathOf(key), content);

    public void Delete(string key)
    {
        // File.Delete ignores a missing file but not a missing folder; either way there is nothing to delete
        if (File.Exists(PathOf(key))) File.Delete(PathOf(key));
    }

    public IReadOnlyList<string> Keys(string folder)
    {
        var path = PathOf(folder);
        if (!Directory.Exists(path)) return [];
        return new DirectoryInfo(path).EnumerateFiles()
            .Where(f => !f.Name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) && !f.Name.EndsWith(".lock", StringComparison.Ordinal))
            .OrderByDescending(f => f.CreationTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => folder + f.Name).ToList();
    }

    public IDisposable Lock(string name, CancellationToken cancellationToken = default) =>
        FolderLock.AcquireFile(PathOf(name), cancellationToken);

    public string LocalFile(string key, string version) => PathOf(key);

    private string PathOf(string key) => Path.Combine(layout.Root, key.Replace('/', Path.DirectorySeparatorChar));
}
