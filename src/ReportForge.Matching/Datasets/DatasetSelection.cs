using ReportForge.Core;

namespace ReportForge.Matching.Datasets;

/// <summary>
/// Loads the datasets for one summary and keeps the recommendations made to its country. A file about another
/// State is refused unless the caller says so (<c>--any-country</c>): a thematic list for the wrong country would
/// otherwise quietly fill a brief with another State's history.
/// </summary>
public static class DatasetSelection
{
    public static IReadOnlyList<RecommendationDataset> Load(IEnumerable<string> paths, string country, bool anyCountry = false) =>
        paths.Select(DatasetFile.Load).Select(d => ForCountry(d, country, anyCountry)).ToList();

    /// <param name="overrideHint">How the caller accepts such a file anyway; the refusal says it.</param>
    public static RecommendationDataset ForCountry(RecommendationDataset dataset, string country, bool anyCountry, string overrideHint = "pass --any-country to use it anyway")
    {
        if (anyCountry || country.Length == 0 || dataset.Countries.Count == 0) return dataset;
        if (!dataset.Countries.Any(c => StateNames.Same(c, country)))
            throw new InputException(dataset.File,
                $"lists recommendations to {string.Join(", ", dataset.Countries.Take(3))}{(dataset.Countries.Count > 3 ? "…" : "")}, " +
                $"not to {country}, the State the summary is about ({overrideHint})");
        if (dataset.Countries.Count == 1) return dataset;
        var kept = dataset.Recommendations.Where(r => StateNames.Same(r.Country, country)).ToList();
        return dataset with { Countries = [country], Recommendations = kept };
    }
}
