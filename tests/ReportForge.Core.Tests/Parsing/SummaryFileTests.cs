using System.Text;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>Bad input gets a clear <see cref="InputException"/> naming the file, never a crash.</summary>
public sealed class SummaryFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reportforge-tests-" + Guid.NewGuid().ToString("N"));

    public SummaryFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadText_Refuses_AnEmptyFile() => AssertRefused(Write("empty.txt", []), "is empty");

    [Fact]
    public void ReadText_Refuses_APdf_WhichOnlyLoadReads() =>
        AssertRefused(Write("summary.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"u8.ToArray()), "is a PDF; read it as a summary file");

    [Fact]
    public void ReadText_Refuses_AWordDocument() =>
        AssertRefused(Write("summary.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), "is a Word document");

    [Fact]
    public void ReadText_Refuses_ABinaryFile() =>
        AssertRefused(Write("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x03]), "is a binary file");

    [Fact]
    public void ReadText_Refuses_AFileAboveTheLimit_WithoutReadingIt()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(50L * 1024 * 1024);
        AssertRefused(path, "summaries are refused above 10 MB");
    }

    [Fact]
    public void ReadText_DecodesWindows1252_WhenTheBytesAreNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Write("cp1252.txt", Encoding.GetEncoding(1252).GetBytes("the Child’s Rights – “Law”"));
        Assert.Equal("the Child’s Rights – “Law”", SummaryFile.ReadText(path));
    }

    [Fact]
    public void ReadText_DropsTheByteOrderMark()
    {
        var path = Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. "JS1 noted"u8.ToArray()]);
        Assert.Equal("JS1 noted", SummaryFile.ReadText(path));
    }

    [Fact]
    public void ReadText_ReadsUtf16_WithItsByteOrderMark()
    {
        var path = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("AI noted")]);
        Assert.Equal("AI noted", SummaryFile.ReadText(path));
    }

    [Fact]
    public void Load_Refuses_ANationalReport_NamingTheFile()
    {
        var path = Write("national-report.txt", Encoding.UTF8.GetBytes(
            "NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A)\n\nI. METHODOLOGY\n1. The report was prepared.\n"));
        var error = Assert.Throws<InputException>(() => SummaryFile.Load(path, TestData.Options));
        Assert.Equal("national-report.txt: does not look like a summary of stakeholders' information: it is a national report (the State's own submission)", error.Message);
    }

    [Fact]
    public void Load_ParsesTheSample_FromDisk()
    {
        var summary = SummaryFile.Load(TestData.PathOf("templates/samples/kazakhstan-2010.txt"), TestData.Options);
        Assert.Equal(53, summary.Paragraphs.Count);
    }

    [Fact]
    public void Load_ParsesAPdfAsWithOptionsAtHand_WhenTheOptionsAreMadeWhileItIsRead()
    {
        var path = TestData.PathOf("Parsing/Specs/slovenia-2019-pdf.input.pdf");

        var overlapped = SummaryFile.Load(path, () => TestData.Options);
        var plain = SummaryFile.Load(path, TestData.Options);

        Assert.Equal(79, overlapped.Paragraphs.Count);
        Assert.Equal(plain.Paragraphs.Select(p => (p.Number, p.Page, p.Text)), overlapped.Paragraphs.Select(p => (p.Number, p.Page, p.Text)));
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), overlapped.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_GivesTheTemplatesError_WhenTheOptionsFailWhileAPdfIsRead()
    {
        var path = TestData.PathOf("Parsing/Specs/slovenia-2019-pdf.input.pdf");

        var error = Assert.Throws<InputException>(() => SummaryFile.Load(path, () => throw new InputException("stakeholders.yaml", "line 3: not a list")));

        Assert.Equal("stakeholders.yaml: line 3: not a list", error.Message);
    }

    [Fact]
    public void Parse_SurvivesHostileText_WithoutHanging()
    {
        var hostile = new StringBuilder("I. BACKGROUND AND FRAMEWORK\nA. Scope\n1. JS1 noted ");
        hostile.Append(new string('\u0001', 1000)).Append(string.Concat(Enumerable.Repeat("JS3 (AI) ((((( 2.2.2.2 ", 20_000)));
        hostile.Append('\n').Append(new string('x', 200_000)).Append("\n2. AI noted.3\n");
        var summary = SummaryParser.Parse(hostile.ToString(), TestData.Options);
        Assert.Equal(2, summary.Paragraphs.Count);
    }

    [Fact]
    public void Load_KeepsUtf8AroundOneInvalidByte_AndNamesItsLineAndColumn()
    {
        var sample = File.ReadAllBytes(TestData.PathOf("templates/samples/kazakhstan-2010.txt"));
        var at = sample.AsSpan().IndexOf("ratification of"u8) + 3;
        var path = Write("one-bad-byte.txt", [.. sample[..at], 0xFF, .. sample[at..]]);

        var summary = SummaryFile.Load(path, TestData.Options);
        var clean = SummaryFile.Load(TestData.PathOf("templates/samples/kazakhstan-2010.txt"), TestData.Options);

        Assert.Contains("rat\uFFFDification of ICCPR–OP 2", summary.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(clean.Stakeholders.Count, summary.Stakeholders.Count);
        Assert.Equal(clean.Recommendations.Count, summary.Recommendations.Count);
        var problem = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("4:43: warning: invalid UTF-8 (0xFF) replaced with \uFFFD", problem.ToString());
    }

    [Fact]
    public void ReadText_ReportsEachInvalidSequence_WhereItStands()
    {
        var path = Write("two-bad.txt", [.. "Kazakhstan’s\nline two \u2013 "u8.ToArray(), 0xE2, 0x80, .. " and \u00e9"u8.ToArray(), 0xC3]);

        var decoded = SummaryFile.Decode(File.ReadAllBytes(path), "two-bad.txt");

        Assert.Equal("Kazakhstan’s\nline two – \uFFFD and é\uFFFD", decoded.Text);
        Assert.Equal(["2:12: warning: invalid UTF-8 (0xE2 0x80) replaced with \uFFFD", "2:19: warning: invalid UTF-8 (0xC3) replaced with \uFFFD"],
            decoded.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ReadBytes_NamesAFolder_TheSameWayEverywhere()
    {
        var error = Assert.Throws<InputException>(() => SummaryFile.ReadBytes(_folder));
        Assert.Equal($"{Path.GetFileName(_folder)}: is a folder; give a summary's text file", error.Message);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertRefused(string path, string problem)
    {
        var error = Assert.Throws<InputException>(() => SummaryFile.ReadText(path));
        Assert.StartsWith(Path.GetFileName(path) + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
