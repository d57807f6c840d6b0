using ReportForge.Core.Tailoring;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Matrix;

internal static class MatrixPageSize
{
    /// <summary>The profile's paper, always landscape: the matrix is wide.</summary>
    public static PageSize For(BriefProfile profile) => (profile.Paper switch
    {
        PaperSize.A3 => PageSizes.A3,
        PaperSize.Letter => PageSizes.Letter,
        _ => PageSizes.A4,
    }).Landscape();
}
