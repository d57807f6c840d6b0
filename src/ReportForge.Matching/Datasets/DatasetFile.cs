using ReportForge.Core;

namespace ReportForge.Matching.Datasets;

/// <summary>Reads a recommendations dataset in whichever format it is: UPR Info CSV or OHCHR thematic list.</summary>
public static class DatasetFile
{
    /// <summary>Larger than any real export (UPR Info's whole database is about 60 MB).</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public static RecommendationDataset Load(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(path, "no such recommendations dataset");
        if (info.Length == 0) throw new InputException(name, "is empty (expected a UPR Info CSV export or an OHCHR thematic list .docx)");
        if (info.Length > MaxBytes) throw new InputException(name, $"is larger than {MaxBytes / 1024 / 1024} MB; is it a recommendations dataset?");
        return LooksLikeZip(path) ? ThematicListReader.Read(path)
            : Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase)
                ? throw new InputException(name, "is not a Word document, or it is damaged (it cannot be opened as .docx)")
                : UprInfoCsvReader.Read(path);
    }

    private static bool LooksLikeZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
