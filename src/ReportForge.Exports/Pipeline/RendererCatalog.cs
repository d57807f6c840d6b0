using ReportForge.Core.Templates;

namespace ReportForge.Exports.Pipeline;

/// <summary>The renderers the product ships, one per artifact kind.</summary>
public static class RendererCatalog
{
    public static IReadOnlyList<IArtifactRenderer> Create(TemplateSet templates) =>
    [
        new Pdf.Brief.PdfBriefRenderer(templates),
        new Excel.ExcelMatrixRenderer(),
    ];
}
