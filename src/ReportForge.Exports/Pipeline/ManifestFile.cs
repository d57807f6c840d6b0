using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportForge.Exports.Pipeline;

/// <summary>Reads and atomically writes <c>manifest.json</c>.</summary>
public static class ManifestFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none or it is unreadable.</summary>
    public static Manifest? Read(string folder)
    {
        var path = Path.Combine(folder, Manifest.FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException)
        {
            return null; // a damaged manifest only means everything is rendered again
        }
    }

    public static void Write(string folder, Manifest manifest)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(manifest, Options);
        AtomicFile.WriteAllBytes(Path.Combine(folder, Manifest.FileName), bytes);
    }

    public static string Serialize(Manifest manifest) => JsonSerializer.Serialize(manifest, Options);
}
