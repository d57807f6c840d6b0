using System.Security.Cryptography;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Matching.Advocacy;
using ReportForge.Matching.Datasets;

namespace ReportForge.Exports.Recommendations;

/// <summary>
/// What the recommendations datasets of an export say about a summary's asks: the earlier recommendations per ask,
/// and the datasets' hashes for the manifest's input hash (a changed dataset re-renders).
/// </summary>
public sealed record RecommendationHistory(
    IReadOnlyDictionary<string, IReadOnlyList<EarlierRecommendation>> Earlier,
    IReadOnlyList<string> DatasetHashes)
{
    public static RecommendationHistory None { get; } = new(new Dictionary<string, IReadOnlyList<EarlierRecommendation>>(), []);

    public bool IsEmpty => DatasetHashes.Count == 0;

    /// <exception cref="Core.InputException">A dataset is unreadable or about another State.</exception>
    public static RecommendationHistory For(Summary summary, IReadOnlyList<string> datasetPaths, bool anyCountry)
    {
        if (datasetPaths.Count == 0) return None;
        var datasets = DatasetSelection.Load(datasetPaths, summary.Country, anyCountry);
        var report = MatchReport.Build(summary, datasets);
        var hashes = datasetPaths.Select(p => Path.GetFileName(p) + " " + HashOf(p)).ToList();
        return new RecommendationHistory(EarlierRecommendations.From(report), hashes);
    }

    /// <summary>The content with the earlier recommendations of its asks attached.</summary>
    public BriefContent AttachTo(BriefContent content) =>
        IsEmpty ? content : content with { Earlier = Earlier, HasEarlier = true };

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
