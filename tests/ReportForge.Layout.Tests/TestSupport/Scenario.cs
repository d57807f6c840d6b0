using ReportForge.Layout.Drawing;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>Lays a whole document out onto a recording canvas: "given this content, expect these pages".</summary>
internal static class Scenario
{
    public static (RecordingCanvas Canvas, RenderResult Result) Render(Action<DocumentDescriptor> describe)
    {
        RecordingCanvas? canvas = null;
        var result = DocumentRenderer.LayoutOnto(Document.Create(describe).Build(), TestFonts.Options(), () => canvas = new RecordingCanvas());
        return (canvas!, result);
    }

    /// <summary>A single A4 page set with 50pt margins around the given content.</summary>
    public static (RecordingCanvas Canvas, RenderResult Result) Content(Action<IContainer> content, PageSize? size = null) =>
        Render(d => d.Page(p =>
        {
            p.Size(size ?? PageSizes.A4).Margin(50);
            content(p.Content());
        }));

    public static string Words(int count, int seed = 1)
    {
        string[] words = ["human", "rights", "council", "review", "recommendation", "state", "report", "freedom",
            "expression", "assembly", "torture", "detention", "women", "children", "education", "health"];
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
    }
}
