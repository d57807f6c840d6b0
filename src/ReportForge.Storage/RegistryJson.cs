using System.Text.Json;
using System.Text.Json.Serialization;
using ReportForge.Exports.Pipeline;
using ReportForge.Storage;

namespace ReportForge.Storage;

/// <summary>How the registry's small JSON files are written: camelCase, indented, atomically.</summary>
internal static class RegistryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static T? Read<T>(string path) where T : class
    {
        if (!File.Exists(path)) return null;
        return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Options);
    }

    public static void Write<T>(string path, T value) =>
        AtomicFile.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(value, Options));

    public static T? Read<T>(IRegistryStore store, string key) where T : class =>
        store.Read(key) is { } bytes ? JsonSerializer.Deserialize<T>(bytes, Options) : null;

    public static void Write<T>(IRegistryStore store, string key, T value) =>
        store.Write(key, JsonSerializer.SerializeToUtf8Bytes(value, Options));
}
