using ReportForge.Core.Parsing;
using ReportForge.Core.Parsing.Inline;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Tests.Parsing.Inline;

public class FootnoteScannerTests
{
    private static (List<int> Numbers, string Clean, DiagnosticBag Diagnostics) Scan(params string[] paragraphs)
    {
        var blocks = paragraphs.Select((p, i) =>
        {
            var block = new TextBlockNode(i + 1, "I", i + 1, 1);
            block.Source.Append(new SourceLine(i + 1, 1, p));
            return block;
        }).ToList();
        var diagnostics = new DiagnosticBag();
        var markers = new FootnoteScanner(diagnostics).Scan(blocks);
        var clean = string.Join(" | ", blocks.Select((b, i) => CleanText.From(b.Source.Text, markers[i]).Text));
        return (markers.SelectMany(m => m).Select(m => m.Number).ToList(), clean, diagnostics);
    }

    [Fact]
    public void Scan_FindsAllFootnotes_WhenMarkersAreGluedToWords()
    {
        var (numbers, clean, _) = Scan("of an informal nature1. AI noted it.2");
        Assert.Equal([1, 2], numbers);
        Assert.Equal("of an informal nature. AI noted it.", clean);
    }

    [Fact]
    public void Scan_FindsMarkers_AfterPunctuationWithOrWithoutASpace()
    {
        var (numbers, clean, _) = Scan("the OP-CAT, 1 and enlarge;2 and visits. 3");
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal("the OP-CAT, and enlarge; and visits.", clean);
    }

    [Fact]
    public void Scan_SplitsAMarkerFromTheStakeholderCodeItIsGluedTo()
    {
        var (numbers, clean, _) = Scan("a crime.1", "JS22 and JS1 noted torture.3");
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal("a crime. | JS2 and JS1 noted torture.", clean);
    }

    [Fact]
    public void Scan_PrefersAClearMarker_ToANumberGluedToACode()
    {
        // "JS3" carries the expected number 3, but "opportunity.3" is the marker.
        var (numbers, clean, _) = Scan("(JS)1 ratify ICCPR–OP 2.2 JS3 urged ratification at the earliest opportunity.3");
        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal("(JS) ratify ICCPR–OP 2. JS3 urged ratification at the earliest opportunity.", clean);
    }

    [Fact]
    public void Scan_LeavesNumbersThatAreText()
    {
        var (numbers, clean, _) = Scan("only 11.1 per cent from 1 August 2008, article 10 and 570-590 women.1");
        Assert.Equal([1], numbers);
        Assert.StartsWith("only 11.1 per cent from 1 August 2008, article 10 and 570-590 women.", clean);
    }

    [Fact]
    public void Scan_WarnsAndCarriesOn_WhenAMarkerIsMissing()
    {
        var (numbers, _, diagnostics) = Scan("first.1 third.3 fourth.4");
        Assert.Equal([1, 3, 4], numbers);
        Assert.Contains(diagnostics.ToList(), d => d.Message == "footnote 2 not found before footnote 3");
    }
}
