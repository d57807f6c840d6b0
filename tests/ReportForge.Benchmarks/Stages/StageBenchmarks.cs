using BenchmarkDotNet.Attributes;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Synthesis;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Charts;
using ReportForge.Exports.Excel;
using ReportForge.Exports.Pdf.Brief;
using ReportForge.Exports.Pdf.Matrix;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Benchmarks.Stages;

/// <summary>
/// Every stage of an export on its own, for the sample and for a summary ten times its size (each
/// paragraph repeated): where time goes, and whether each stage grows linearly.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private TemplateSet _templates = null!;
    private ParseOptions _options = null!;
    private string _text = "";
    private Summary _summary = null!;
    private BriefContent _content = null!;
    private BriefAssets _assets = null!;
    private PdfOptions _pdf = null!;
    private WordBriefRenderer _word = null!;
    private ExcelMatrixRenderer _excel = null!;
    private MatrixPdfRenderer _matrixPdf = null!;

    /// <summary>1 is the sample; 10 repeats every paragraph ten times.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _templates = TemplateSet.Open();
        _options = _templates.ParseOptions();
        var sample = SummaryFile.Load(_templates.SampleSummary, _options);
        _text = Scale == 1 ? File.ReadAllText(_templates.SampleSummary) : SyntheticCorpus.Scaled(sample, Scale);
        _summary = SummaryParser.Parse(_text, _options);
        _content = BriefSelector.Select(_summary, new SourceDescriptor("bench", "bench.txt", "0"), _templates.Profile("full"), _templates.Groups);
        _assets = new BriefAssets(Charts(), Logo: null);
        _pdf = new PdfOptions { FontsDirectory = _templates.FontsDirectory };
        _word = new WordBriefRenderer(_templates);
        _excel = new ExcelMatrixRenderer();
        _matrixPdf = new MatrixPdfRenderer(_templates);
    }

    [Benchmark]
    public Summary Parse() => SummaryParser.Parse(_text, _options);

    [Benchmark]
    public BriefContent Tailor() =>
        BriefSelector.Select(_summary, _content.Source, _templates.Profile("justice-and-detention"), _templates.Groups);

    [Benchmark]
    public int Charts_Pdf() => Charts().Sum(c => c.Chart.Pdf.Length);

    [Benchmark]
    public int PdfBrief_Layout() => BriefDocument.Create(_content, _assets, _pdf).Layout(_pdf).PageCount;

    [Benchmark]
    public int PdfBrief_LayoutAndWrite()
    {
        using var stream = new MemoryStream();
        return BriefDocument.Create(_content, _assets, _pdf).GeneratePdf(stream, _pdf).PageCount;
    }

    [Benchmark]
    public long WordBriefs_All() => RenderAll(_word);

    [Benchmark]
    public long ExcelMatrix() => RenderAll(_excel);

    [Benchmark]
    public long MatrixPdf() => RenderAll(_matrixPdf);

    private List<(ChartImage Chart, string Caption)> Charts() =>
    [
        (RecommendationsPerThemeChart.Build(_content, _templates.FontsDirectory), "Recommendations per theme"),
        (ThemeStakeholderHeatmap.Build(_content, _templates.FontsDirectory), "What each stakeholder raised"),
    ];

    private long RenderAll(IArtifactRenderer renderer)
    {
        long bytes = 0;
        foreach (var plan in renderer.Plan(_content))
        {
            using var stream = new MemoryStream();
            renderer.Render(plan, _content, stream, CancellationToken.None);
            bytes += stream.Length;
        }
        return bytes;
    }
}
