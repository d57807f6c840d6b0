using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.StateBrief;

/// <summary>The PDF state brief: a page or two to take to the embassy of one recommending State.</summary>
public sealed class StateBriefPdfRenderer(TemplateSet templates) : IArtifactRenderer
{
    public ArtifactKind Kind => ArtifactKind.StateBrief;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) => StateBriefPlans.For(content, "pdf");

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var champion = StateBriefPlans.Champion(plan, content);
        var result = StateBriefPdfDocument.Compose(content, champion)
            .GeneratePdf(output, new PdfOptions { FontsDirectory = templates.FontsDirectory, Tagged = true });
        return result.PageCount;
    }
}
