using ReportForge.Core;
using ReportForge.Core.Model;
using ReportForge.Exports.Pipeline;
using ReportForge.Storage;

namespace ReportForge.Jobs.Registry;

/// <summary>
/// The summaries the server knows: each text under <c>sources/&lt;id&gt;/</c> of the registry and one
/// <c>sources/index.json</c> listing them by id. A text is parsed before it is accepted, so every
/// registered source renders.
/// </summary>
public sealed class SourceRegistry(RegistryLayout layout, IRegistryStore store, SourceLoader load, IReadOnlyList<AffectedGroup> taxonomy)
{
    private const string IndexKey = "sources/index.json";
    private const string IndexLock = "sources/.index.lock";

    private sealed record IndexFile(IReadOnlyList<SourceEntry> Sources);

    /// <summary>Every registered source, ordered by id.</summary>
    public IReadOnlyList<SourceEntry> All() => RegistryJson.Read<IndexFile>(store, IndexKey)?.Sources ?? [];

    public SourceEntry? Find(string sourceId) => All().FirstOrDefault(s => s.Id == sourceId);

    /// <exception cref="InputException">No source of that id.</exception>
    public SourceEntry Get(string sourceId) => Find(sourceId)
        ?? throw new InputException(sourceId, $"no registered source '{sourceId}'; registered: {string.Join(", ", All().Select(s => s.Id))}");

    /// <summary>A file on this machine with the registered text of <paramref name="sourceId"/>.</summary>
    public string TextPath(string sourceId)
    {
        var entry = Get(sourceId);
        return store.LocalFile(TextKey(sourceId, entry.FileName), entry.Sha256);
    }

    /// <summary>Parses the registered text again.</summary>
    public SourceDocument Load(string sourceId) => load(TextPath(sourceId), sourceId);

    /// <summary>
    /// Parses <paramref name="text"/> and, only when it parses, registers it (replacing an earlier
    /// text of the same id).
    /// </summary>
    /// <param name="fileName">The name it was uploaded under; errors name it.</param>
    /// <param name="sourceId">The id to register under; by default the file name's slug.</param>
    /// <exception cref="InputException">A bad id or a text that is not a summary; nothing was registered.</exception>
    public SourceEntry Register(string fileName, ReadOnlySpan<byte> text, string? sourceId = null)
    {
        var name = SafeFileName(fileName);
        var chosen = SourceIds.Check(sourceId, name);
        var id = chosen ?? SourceDocument.IdFor(name);
        // An id derived from a name may clash with another file's; an id given on purpose replaces.
        if (chosen is null && Find(id) is { } other && other.FileName != name)
            throw new InputException(name,
                $"its source id '{id}' is already registered for '{other.FileName}'; give another id or rename the file");

        var bytes = text.Length;
        var entry = RegistryUpload.Check(layout, name, text, path => Describe(load(path, id), bytes));
        using (store.Lock(IndexLock))
        {
            RegistryUpload.Replace(store, TextFolder(id), TextKey(id, name), text);
            Save(All().Where(s => s.Id != id).Append(entry));
        }
        return entry;
    }

    /// <summary>Parses a registered source again and records what it holds now (a newer parser may find more).</summary>
    public SourceDocument Refresh(string sourceId)
    {
        var path = TextPath(sourceId);
        var document = load(path, sourceId);
        var entry = Describe(document, new FileInfo(path).Length);
        using (store.Lock(IndexLock))
            Save(All().Where(s => s.Id != sourceId).Append(entry));
        return document;
    }

    private static string TextFolder(string sourceId) => $"sources/{sourceId}/";
    private static string TextKey(string sourceId, string fileName) => TextFolder(sourceId) + fileName;

    private void Save(IEnumerable<SourceEntry> sources) =>
        RegistryJson.Write(store, IndexKey, new IndexFile(sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList()));

    private SourceEntry Describe(SourceDocument document, long bytes)
    {
        var summary = document.Summary;
        var mentioned = summary.Statements.SelectMany(s => s.AffectedGroups)
            .Concat(summary.Recommendations.SelectMany(r => r.AffectedGroups))
            .ToHashSet(StringComparer.Ordinal);
        return new SourceEntry(
            document.Descriptor.Id,
            document.Descriptor.FileName,
            document.Descriptor.Sha256,
            bytes,
            summary.Country,
            summary.Themes.Select(t => new OutlineItem(t.Id, t.Title)).ToList(),
            summary.Stakeholders.Select(s => new OutlineItem(s.Abbreviation, s.DisplayName)).ToList(),
            taxonomy.Where(g => mentioned.Contains(g.Id)).Select(g => new OutlineItem(g.Id, g.Label)).ToList());
    }

    private static string SafeFileName(string fileName) => UploadNames.Safe(fileName, "summary.txt");
}
