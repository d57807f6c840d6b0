using ReportForge.Storage;

namespace ReportForge.Jobs.Registry;

/// <summary>
/// How an upload enters the registry: first written under its name to a folder of its own in <c>incoming/</c>,
/// so that readers which take a path can check it before anything is kept (the copy goes either way); then,
/// only if it read, stored as the one file of its registry folder.
/// </summary>
internal static class RegistryUpload
{
    /// <returns>What <paramref name="read"/> made of the uploaded file.</returns>
    public static T Check<T>(RegistryLayout layout, string name, ReadOnlySpan<byte> content, Func<string, T> read)
    {
        var incoming = Path.Combine(layout.IncomingFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(incoming);
        try
        {
            var candidate = Path.Combine(incoming, name);
            File.WriteAllBytes(candidate, content);
            return read(candidate);
        }
        finally
        {
            Directory.Delete(incoming, recursive: true);
        }
    }

    /// <summary>Stores <paramref name="content"/> as <paramref name="key"/>, the only file left in <paramref name="folder"/>; the caller holds the index lock.</summary>
    public static void Replace(IRegistryStore store, string folder, string key, ReadOnlySpan<byte> content)
    {
        store.Write(key, content);
        foreach (var older in store.Keys(folder).Where(k => k != key))
            store.Delete(older);
    }
}
