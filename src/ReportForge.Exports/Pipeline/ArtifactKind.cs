namespace ReportForge.Exports.Pipeline;

/// <summary>The kinds of file an export makes.</summary>
public enum ArtifactKind
{
    PdfBrief,
    WordBrief,
    ExcelMatrix,
    PdfMatrix,
    /// <summary>Per recommending State, a brief for the embassy meeting (PDF and Word).</summary>
    StateBrief,
}

/// <summary>The names used in manifests, on the command line and in the API.</summary>
public static class ArtifactKinds
{
    public static IReadOnlyList<ArtifactKind> All { get; } = Enum.GetValues<ArtifactKind>();

    public static string WireName(this ArtifactKind kind) => kind switch
    {
        ArtifactKind.PdfBrief => "pdf-brief",
        ArtifactKind.WordBrief => "word-brief",
        ArtifactKind.ExcelMatrix => "excel-matrix",
        ArtifactKind.PdfMatrix => "pdf-matrix",
        ArtifactKind.StateBrief => "state-brief",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"PDF brief", for people.</summary>
    public static string DisplayName(this ArtifactKind kind) => kind switch
    {
        ArtifactKind.PdfBrief => "PDF brief",
        ArtifactKind.WordBrief => "Word brief",
        ArtifactKind.ExcelMatrix => "Excel matrix",
        ArtifactKind.PdfMatrix => "Matrix PDF",
        ArtifactKind.StateBrief => "State brief",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string name, out ArtifactKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(k.WireName(), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
