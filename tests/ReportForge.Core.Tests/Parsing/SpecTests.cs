using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>
/// Runs the spec files in <c>Parsing/Specs</c>: each <c>NAME.input.txt</c> or <c>NAME.input.pdf</c> (the official
/// PDF, through the PDF reader) is parsed and checked against the <c>key: value</c> lines of
/// <c>NAME.expected.txt</c> (see <see cref="Check"/> for the keys).
/// </summary>
public class SpecTests
{
    private static readonly string Folder = TestData.PathOf("Parsing/Specs");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.input.*").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file).Replace(".input", "", StringComparison.Ordinal));
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Parse_MeetsTheSpec(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var input = SpecInput.Read(Path.Combine(Folder, name + ".input" + Path.GetExtension(file)), file);
        var expectations = File.ReadAllLines(Path.Combine(Folder, name + ".expected.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Key: l[..l.IndexOf(':')].Trim(), Value: l[(l.IndexOf(':') + 1)..].Trim()))
            .ToList();
        if (expectations.FirstOrDefault(e => e.Key == "error") is { Key: not null } error)
        {
            var thrown = Assert.Throws<InputException>(input.Parse);
            Assert.Contains(error.Value, thrown.Message, StringComparison.Ordinal);
            Assert.StartsWith(file, thrown.Message, StringComparison.Ordinal);
            return;
        }
        var summary = input.Parse();
        foreach (var (key, value) in expectations)
        {
            if (!PdfSpecKeys.TryCheck(input, summary, key, value, Folder)) Check(summary, key, value);
        }
    }

    private static void Check(Summary summary, string key, string value)
    {
        var words = key.Split(' ', 3);
        switch (words[0])
        {
            case "symbol": Assert.Equal(value, summary.Document.Symbol); break;
            case "date": Assert.Equal(value, summary.Document.Date); break;
            case "session": Assert.Equal(value, summary.Document.Session); break;
            case "title": Assert.Equal(value, summary.Document.Title); break;
            case "country": Assert.Equal(value, summary.Country); break;
            case "institution": Assert.Equal(value, summary.NationalInstitution); break;
            case "paragraphs": Assert.Equal(Int(value), summary.Paragraphs.Count); break;
            case "footnotes": Assert.Equal(Int(value), summary.Paragraphs.Sum(p => p.Footnotes.Count)); break;
            case "sections": Assert.Equal(Int(value), summary.Sections.Count); break;
            case "recommendations": Assert.True(summary.Recommendations.Count >= Int(value), $"{summary.Recommendations.Count} recommendations"); break;
            case "warnings":
                Assert.Equal(Int(value), summary.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
                break;
            case "warning": Assert.Contains(summary.Diagnostics, d => d.Message.Contains(value, StringComparison.Ordinal)); break;
            case "section": Assert.Equal(value, summary.Section(words[1]).Title); break;
            case "stakeholder": Assert.Equal(value, summary.Stakeholder(key["stakeholder ".Length..])?.Name); break;
            case "paragraph": CheckParagraph(summary.Paragraph(Int(words[1])), words[2], value, key); break;
            case "theme": CheckTheme(summary, words[1], value); break;
            case "body": CheckBodyFootnotes(summary, value); break;
            case "introduction": Assert.Equal(value.Split(", ").Select(Int), summary.Document.IntroductionNotes); break;
            case "recommendation":
                var (number, codes, verb) = (Int(words[1]), words[2][..words[2].LastIndexOf(' ')], words[2][(words[2].LastIndexOf(' ') + 1)..]);
                Assert.Contains(summary.Recommendations, r => r.Paragraph == number && string.Join("+", r.Stakeholders) == codes
                    && r.Verb == verb && r.Text.Contains(value, StringComparison.OrdinalIgnoreCase));
                break;
            default: throw new InvalidOperationException($"Unknown spec key '{key}'.");
        }
    }

    private static void CheckParagraph(Paragraph? paragraph, string what, string value, string key)
    {
        Assert.True(paragraph is not null, $"no paragraph for '{key}'");
        switch (what)
        {
            case "section": Assert.Equal(value, paragraph.SectionId); break;
            case "text": Assert.Equal(value, paragraph.Text); break;
            case "footnotes": Assert.Equal(value.Split(", ").Select(Int), paragraph.FootnoteNumbers); break;
            default: throw new InvalidOperationException($"Unknown spec key '{key}'.");
        }
    }

    /// <summary>"theme II.C.1.a: equality-and-non-discrimination | 9-18": canonical key, first and last paragraph.</summary>
    private static void CheckTheme(Summary summary, string id, string value)
    {
        var parts = value.Split(" | ");
        Assert.Equal(parts[0], summary.Section(id).ThemeKey);
        var numbers = summary.Paragraphs.Where(p => p.SectionId == id).Select(p => p.Number).ToList();
        Assert.True(numbers.Count > 0, $"no paragraph under theme {id}");
        Assert.Equal(parts[1], $"{numbers[0]}-{numbers[^1]}");
    }

    /// <summary>"body footnotes: 2-144": every body note, each once, in reading order.</summary>
    private static void CheckBodyFootnotes(Summary summary, string value)
    {
        var range = value.Split('-').Select(Int).ToArray();
        var found = summary.Paragraphs.SelectMany(p => p.FootnoteNumbers).ToList();
        Assert.Equal(Enumerable.Range(range[0], range[1] - range[0] + 1), found);
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
