using System.Security.Cryptography;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Storage;
using ReportForge.Matching.Datasets;

namespace ReportForge.Jobs.Registry;

/// <summary>
/// The recommendations datasets registered beside summaries: each file under <c>datasets/&lt;source&gt;/&lt;id&gt;/</c>
/// of the registry (the same store that keeps the summaries' texts) and one <c>datasets/index.json</c>. A file is
/// read, and checked to be about the summary's State, before it is accepted, so every registered dataset renders.
/// </summary>
public sealed class DatasetRegistry(RegistryLayout layout, IRegistryStore store, SourceRegistry sources)
{
    private const string IndexKey = "datasets/index.json";
    private const string IndexLock = "datasets/.index.lock";

    private sealed record IndexFile(IReadOnlyList<DatasetEntry> Datasets);

    /// <summary>Every registered dataset, by source then id.</summary>
    public IReadOnlyList<DatasetEntry> All() => RegistryJson.Read<IndexFile>(store, IndexKey)?.Datasets ?? [];

    /// <summary>The datasets registered beside <paramref name="sourceId"/>, by id.</summary>
    public IReadOnlyList<DatasetEntry> Of(string sourceId) => All().Where(d => d.SourceId == sourceId).ToList();

    /// <summary>
    /// The datasets a request draws on: those it names, in its order, or (when it names none, null) every dataset
    /// registered beside the source, which is what the scheduled regeneration uses.
    /// </summary>
    /// <exception cref="InputException">A named dataset is not registered beside the source.</exception>
    public IReadOnlyList<DatasetEntry> Resolve(string sourceId, IReadOnlyList<string>? datasetIds)
    {
        var registered = Of(sourceId);
        if (datasetIds is null) return registered;
        return datasetIds.Distinct(StringComparer.Ordinal).Select(id => registered.FirstOrDefault(d => d.Id == id)
            ?? throw new InputException("datasets", $"no recommendations dataset '{id}' is registered for '{sourceId}'; " +
                (registered.Count == 0 ? "it has none (register one first)" : "registered: " + string.Join(", ", registered.Select(d => d.Id)))))
            .ToList();
    }

    /// <summary><paramref name="request"/> drawing on the chosen datasets, read from files on this machine.</summary>
    /// <exception cref="InputException">A named dataset is not registered beside the source.</exception>
    public ExportRequest Attach(ExportRequest request, string sourceId, IReadOnlyList<string>? datasetIds)
    {
        var chosen = Resolve(sourceId, datasetIds);
        if (chosen.Count == 0) return request;
        return request with
        {
            // the file keeps its registered name, so the input hash is the one the command line computes for the same files
            RecommendationDatasets = chosen.Select(d => store.LocalFile(FileKey(d.SourceId, d.Id, d.FileName), d.Sha256)).ToList(),
            AnyCountry = chosen.Any(d => d.AnyCountry),
        };
    }

    /// <summary>
    /// Reads <paramref name="content"/> as a UPR Info CSV export or an OHCHR thematic list and, only when it reads and
    /// is about the summary's State (or <paramref name="anyCountry"/>), registers it beside the summary, replacing an
    /// earlier file of the same id.
    /// </summary>
    /// <param name="fileName">The name it was uploaded under; errors name it.</param>
    /// <param name="datasetId">The id to register under; by default the file name's slug.</param>
    /// <exception cref="InputException">An unknown source, a bad id, or a file that is not a dataset or is about another State; nothing was registered.</exception>
    public DatasetEntry Register(string sourceId, string fileName, ReadOnlySpan<byte> content, string? datasetId = null, bool anyCountry = false)
    {
        var source = sources.Get(sourceId);
        var name = UploadNames.Safe(fileName, "recommendations.csv");
        var chosen = string.IsNullOrWhiteSpace(datasetId) ? null : datasetId.Trim();
        if (chosen is not null && !SourceIds.IsValid(chosen))
            throw new InputException("id", $"'{chosen}' is not a dataset id: use lower-case letters, digits and dashes");
        var id = chosen ?? SourceDocument.IdFor(name);
        if (chosen is null && Of(sourceId).FirstOrDefault(d => d.Id == id) is { } other && other.FileName != name)
            throw new InputException(name,
                $"its dataset id '{id}' is already registered for '{other.FileName}'; give another id or rename the file");

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var bytes = content.Length;
        var entry = RegistryUpload.Check(layout, name, content, path =>
        {
            var dataset = DatasetSelection.ForCountry(DatasetFile.Load(path), source.Country, anyCountry,
                "tick 'about another State' on the form, or send anyCountry=true, to use it anyway");
            return new DatasetEntry(id, sourceId, name, sha256, bytes, dataset.Format, dataset.Countries, dataset.Recommendations.Count, anyCountry);
        });
        using (store.Lock(IndexLock))
        {
            RegistryUpload.Replace(store, Folder(sourceId, id), FileKey(sourceId, id, name), content);
            Save(All().Where(d => d.SourceId != sourceId || d.Id != id).Append(entry));
        }
        return entry;
    }

    /// <summary>
    /// Forgets a dataset and its file. Briefs drawing on every dataset of the source (the scheduled regeneration)
    /// then render without it, and its State briefs leave the output folder with the next publish.
    /// </summary>
    /// <returns>The dataset removed.</returns>
    /// <exception cref="InputException">No such dataset is registered beside the source; nothing changed.</exception>
    public DatasetEntry Remove(string sourceId, string datasetId)
    {
        using (store.Lock(IndexLock))
        {
            var registered = Of(sourceId);
            var entry = registered.FirstOrDefault(d => d.Id == datasetId)
                ?? throw new InputException("datasets", $"no recommendations dataset '{datasetId}' is registered for '{sourceId}'; " +
                    (registered.Count == 0 ? "it has none" : "registered: " + string.Join(", ", registered.Select(d => d.Id))));
            // the index first: a dataset it no longer lists is never drawn on, even if removing its file is cut short
            Save(All().Where(d => d.SourceId != sourceId || d.Id != datasetId));
            foreach (var key in store.Keys(Folder(sourceId, datasetId)))
                store.Delete(key);
            return entry;
        }
    }

    private static string Folder(string sourceId, string datasetId) => $"datasets/{sourceId}/{datasetId}/";
    private static string FileKey(string sourceId, string datasetId, string fileName) => Folder(sourceId, datasetId) + fileName;

    private void Save(IEnumerable<DatasetEntry> datasets) =>
        RegistryJson.Write(store, IndexKey, new IndexFile(datasets
            .OrderBy(d => d.SourceId, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList()));
}
