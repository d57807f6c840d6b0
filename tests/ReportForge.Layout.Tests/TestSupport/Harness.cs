using ReportForge.Layout.Drawing;
using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>Binds a lone element to a recording canvas so it can be measured and drawn directly.</summary>
internal static class Harness
{
    static readonly Lazy<FontManager> Fonts = new(() => new FontManager(TestFonts.Options()));

    public static RecordingCanvas Bind(Element element, TextStyle? style = null)
    {
        var canvas = new RecordingCanvas();
        var context = new LayoutContext(Fonts.Value) { Canvas = canvas };
        element.Initialize(context, (style ?? TextStyle.Default).InheritFrom(TextStyle.Base with { FontFamily = "Noto Sans" }));
        canvas.BeginPage(PageSizes.A4);
        return canvas;
    }

    /// <summary>Measures, then draws what fits, page after page, like the page renderer does.</summary>
    public static List<SpacePlan> Paginate(Element element, RecordingCanvas canvas, Size page, int maxPages = 100)
    {
        var plans = new List<SpacePlan>();
        for (var i = 0; i < maxPages; i++)
        {
            var plan = element.Measure(page);
            plans.Add(plan);
            if (plan.Type == SpacePlanType.Wrap)
                break;
            element.Draw(page);
            if (plan.Completes)
                break;
            canvas.EndPage();
            canvas.BeginPage(PageSizes.A4);
        }
        return plans;
    }
}
