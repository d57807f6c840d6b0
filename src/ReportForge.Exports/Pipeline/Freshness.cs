namespace ReportForge.Exports.Pipeline;

/// <summary>The one decision whether a set of published files is current, wherever they are stored.</summary>
public static class Freshness
{
    /// <summary>
    /// True when <paramref name="published"/> lists every planned file from the same inputs and each is
    /// stored with its recorded size (<paramref name="storedBytes"/> gives a path's stored size, or null).
    /// </summary>
    public static bool IsCurrent(ExportPlan plan, Manifest? published, Func<string, long?> storedBytes)
    {
        if (published is null || published.InputHash != plan.InputHash) return false;
        var listed = published.Artifacts.ToDictionary(a => a.Path, StringComparer.Ordinal);
        return plan.Artifacts.All(a =>
            listed.TryGetValue(a.Plan.RelativePath, out var entry) && storedBytes(entry.Path) == entry.Bytes);
    }

    /// <summary>The size of a file of <paramref name="folder"/> on disk, or null when it is not there.</summary>
    public static Func<string, long?> OnDisk(string folder) => path =>
        new FileInfo(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar))) is { Exists: true } file ? file.Length : null;
}
