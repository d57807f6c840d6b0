using System.Text.Json;

namespace ReportForge.Exports.Pipeline;

/// <summary>Reads and atomically writes <c>manifest.json</c>.</summary>
public static class ManifestFile
{
    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it is unreadable.</summary>
    public static Manifest? Read(string folder)
    {
        var path = Path.Combine(folder, Manifest.FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), ManifestJson.Default.Manifest);
        }
        catch (JsonException)
        {
            return null; // a damaged manifest only means everything is rendered again
        }
    }

    public static void Write(string folder, Manifest manifest)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson.Default.Manifest);
        AtomicFile.WriteAllBytes(Path.Combine(folder, Manifest.FileName), bytes);
    }

    public static string Serialize(Manifest manifest) => JsonSerializer.Serialize(manifest, ManifestJson.Default.Manifest);
}
