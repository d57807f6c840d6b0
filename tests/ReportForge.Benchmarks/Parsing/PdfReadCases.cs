using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Parsing.Reading.Pdf;
using ReportForge.Core.Templates;
using UglyToad.PdfPig;

namespace ReportForge.Benchmarks.Parsing;

/// <summary>
/// The three things compared on an official summary PDF: the floor, PdfPig alone opening the PDF with its
/// default options and counting every page's letters; our reader; our reader and the parser.
/// </summary>
internal sealed class PdfReadCases
{
    public static readonly string[] Documents = ["slovenia-2014", "slovenia-2019"];

    private readonly byte[] _pdf;
    private readonly string _name;
    private readonly ParseOptions _options;

    public PdfReadCases(string document)
    {
        _pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", document + "-pdf.input.pdf"));
        _name = document + ".pdf";
        _options = TemplateSet.Open().ParseOptions() with { FileName = _name };
    }

    public int PdfPigLetters()
    {
        using var document = PdfDocument.Open(_pdf);
        var count = 0;
        for (var i = 1; i <= document.NumberOfPages; i++)
            count += document.GetPage(i).Letters.Count;
        return count;
    }

    public int ReadLines() => PdfSummaryReader.Read(_pdf, _name).Count;

    public Summary ReadAndParse() => SummaryParser.Parse(PdfSummaryReader.Read(_pdf, _name), _options);
}
