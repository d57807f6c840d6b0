using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Matrix;

/// <summary>Renders <c>{profile}/matrix.pdf</c>: the printed recommendation matrix.</summary>
public sealed class MatrixPdfRenderer(TemplateSet templates) : IArtifactRenderer
{
    public ArtifactKind Kind => ArtifactKind.PdfMatrix;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
        [new ArtifactPlan(Kind, $"{content.Profile.Name}/matrix.pdf", content.Profile.Name, null)];

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = MatrixPdfDocument.Compose(content).GeneratePdf(output, new PdfOptions { FontsDirectory = templates.FontsDirectory });
        return result.PageCount;
    }
}
