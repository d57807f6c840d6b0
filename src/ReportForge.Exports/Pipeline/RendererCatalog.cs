using ReportForge.Core.Templates;
using ReportForge.Exports.Word;

namespace ReportForge.Exports.Pipeline;

/// <summary>The renderers the product ships, one per artifact kind.</summary>
public static class RendererCatalog
{
    public static IReadOnlyList<IArtifactRenderer> Create(TemplateSet templates) =>
    [
        new Pdf.Brief.PdfBriefRenderer(templates),
        new WordBriefRenderer(templates),
        new Excel.ExcelMatrixRenderer(),
        new Pdf.Matrix.MatrixPdfRenderer(templates),
        new StateBrief.StateBriefPdfRenderer(templates),
        new StateBrief.StateBriefWordRenderer(),
    ];
}
