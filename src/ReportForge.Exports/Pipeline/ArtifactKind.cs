using ReportForge.Core;

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

    /// <summary>The kinds named by their wire names, each once; no names means every kind.</summary>
    /// <param name="names">Wire names as typed: <c>pdf-brief</c>, any case.</param>
    /// <param name="field">Where the names came from, for the error: <c>--kinds</c>, <c>kinds</c>.</param>
    /// <exception cref="InputException">A name that is no artifact kind.</exception>
    public static IReadOnlyList<ArtifactKind> Parse(IReadOnlyList<string> names, string field)
    {
        if (names.Count == 0) return All;
        return names.Select(name => TryParse(name, out var kind)
            ? kind
            : throw new InputException(field, $"'{name}' is not an artifact kind; use {string.Join(", ", All.Select(k => k.WireName()))}"))
            .Distinct().ToList();
    }

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
