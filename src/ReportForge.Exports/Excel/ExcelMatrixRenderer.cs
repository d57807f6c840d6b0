using ReportForge.Core.Tailoring;
using ReportForge.Exports.Packaging;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Excel;

/// <summary>
/// Writes the recommendation matrix workbook (<c>{profile}/matrix.xlsx</c>): the matrix to fill in
/// during a meeting, a theme × stakeholder count, the stakeholders and how the file was made.
/// </summary>
public sealed class ExcelMatrixRenderer : IArtifactRenderer
{
    private readonly ExcelMatrixOptions _options;

    /// <param name="options">Look and drop-down choices; <see cref="ExcelMatrixOptions.Default"/> when null.</param>
    public ExcelMatrixRenderer(ExcelMatrixOptions? options = null) => _options = options ?? ExcelMatrixOptions.Default;

    /// <inheritdoc />
    public ArtifactKind Kind => ArtifactKind.ExcelMatrix;

    /// <inheritdoc />
    public IEnumerable<ArtifactPlan> Plan(BriefContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        yield return new ArtifactPlan(Kind, $"{content.Profile.Name}/matrix.xlsx", content.Profile.Name, Theme: null);
    }

    /// <inheritdoc />
    /// <returns>Always null: a workbook has no fixed page count.</returns>
    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = MatrixWorkbook.Build(content, _options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        using var package = new MemoryStream();
        workbook.SaveAs(package);
        package.Position = 0;
        DeterministicZip.Copy(package, output);
        return null;
    }
}
