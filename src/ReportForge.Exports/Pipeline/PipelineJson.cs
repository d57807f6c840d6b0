using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// How <c>manifest.json</c> is written, generated at build time: a cold command line spends no time
/// inspecting the manifest's types before it can read or write one.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;

/// <summary>How <c>.publish.journal</c> is written, generated at build time like <see cref="ManifestJson"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PublishJournal))]
internal sealed partial class JournalJson : JsonSerializerContext;
