using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Tests.Fakes;

/// <summary>What a fake renderer does when it reaches a path containing <see cref="PathPart"/>.</summary>
internal sealed record Fault(string PathPart, Func<Exception> Make, int Times = int.MaxValue)
{
    private int _thrown;

    public void ThrowIfDue(string path)
    {
        if (path.Contains(PathPart, StringComparison.Ordinal) && Interlocked.Increment(ref _thrown) <= Times) throw Make();
    }

    public static Fault BadInput(string pathPart) => new(pathPart, () => new InputException("summary.txt", 12, 0, "the theme's text is cut short"));
    public static Fault Transient(string pathPart, int times) => new(pathPart, () => new IOException("the disk was busy"), times);
}

/// <summary>A real one-page PDF per profile (a coloured box, so no fonts are needed), titled after the profile.</summary>
internal sealed class FakePdfRenderer(Fault? fault = null) : IArtifactRenderer
{
    private int _calls;

    public int Calls => _calls;
    public ArtifactKind Kind => ArtifactKind.PdfBrief;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
        [new ArtifactPlan(Kind, $"{content.Profile.Name}/brief.pdf", content.Profile.Name, null)];

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        fault?.ThrowIfDue(plan.RelativePath);
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Profile.Title}: {content.Summary.Country}";
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
            graphics.DrawRectangle(XBrushes.SteelBlue, 50, 50, 200, 40);
        document.Save(output, closeStream: false);
        return 1;
    }
}

/// <summary>One small text file per theme, like the Word briefs.</summary>
internal sealed class FakeThemeRenderer(Fault? fault = null) : IArtifactRenderer
{
    private int _calls;

    public int Calls => _calls;
    public ArtifactKind Kind => ArtifactKind.WordBrief;

    public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
        content.Themes.Select(t => new ArtifactPlan(Kind, $"{content.Profile.Name}/word/{t.Section.Slug}.txt", content.Profile.Name, t.Section.Id));

    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        using (var writer = new StreamWriter(output, leaveOpen: true))
            writer.Write($"{plan.Theme} of {content.Summary.Country} for {plan.Profile}");
        fault?.ThrowIfDue(plan.RelativePath);
        return null;
    }
}
