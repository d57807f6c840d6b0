using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

public sealed class RenderOrderTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void StartUpsFirst_TakesTheFirstFileOfEachKind_ThenTheRestInPlanOrder()
    {
        var plan = ExportPipeline.CreateDefault(PipelineFixtures.Templates)
            .Plan(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        var order = RenderOrder.StartUpsFirst(plan.Artifacts);

        var kinds = plan.Artifacts.Select(a => a.Plan.Kind).Distinct().Order().ToList();
        Assert.True(kinds.Count > 2, "the default renderers plan several kinds");
        Assert.Equal(kinds, order.Take(kinds.Count).Select(i => plan.Artifacts[i].Plan.Kind));
        Assert.All(order.Take(kinds.Count), i => Assert.Equal(i, plan.Artifacts.ToList().FindIndex(a => a.Plan.Kind == plan.Artifacts[i].Plan.Kind)));
        var rest = order.Skip(kinds.Count).ToList();
        Assert.Equal(rest.Order(), rest);
        Assert.Equal(Enumerable.Range(0, plan.Artifacts.Count), order.Order());
    }

    [Fact]
    public void RenderAll_RendersInThatOrder_WhenParallelismIsOne()
    {
        var words = new KindRecorder(ArtifactKind.WordBrief);
        var excel = new KindRecorder(ArtifactKind.ExcelMatrix);
        var rendered = new List<string>();
        words.Rendered = excel.Rendered = rendered;
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [words, excel]);

        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path) with { Parallelism = 1 });

        // two word files planned first, then one workbook: the workbook's start-up goes second, not last
        Assert.Equal(["full/word-brief/0.txt", "full/excel-matrix/0.txt", "full/word-brief/1.txt"], rendered);
    }

    [Fact]
    public async Task PrepareRenderers_PreparesEveryRenderer_WhenOneFailsToPrepare()
    {
        var failing = new KindRecorder(ArtifactKind.WordBrief) { PrepareFailure = new InputException("reference.docx", "cannot be read") };
        var next = new KindRecorder(ArtifactKind.ExcelMatrix);
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [failing, next]);

        await pipeline.PrepareRenderers();

        Assert.Equal(1, failing.Prepared);
        Assert.Equal(1, next.Prepared);
    }

    /// <summary>Plans two files of its kind per profile and records the order renders happen in.</summary>
    private sealed class KindRecorder(ArtifactKind kind) : IArtifactRenderer
    {
        public List<string> Rendered { get; set; } = [];
        public Exception? PrepareFailure { get; init; }
        public int Prepared;

        public ArtifactKind Kind => kind;

        public void Prepare()
        {
            Interlocked.Increment(ref Prepared);
            if (PrepareFailure is not null) throw PrepareFailure;
        }

        public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
            Enumerable.Range(0, Kind == ArtifactKind.WordBrief ? 2 : 1)
                .Select(i => new ArtifactPlan(Kind, $"{content.Profile.Name}/{Kind.WireName()}/{i}.txt", content.Profile.Name, Theme: null));

        public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
        {
            lock (Rendered) Rendered.Add(plan.RelativePath);
            output.WriteByte((byte)'x');
            return null;
        }
    }
}
