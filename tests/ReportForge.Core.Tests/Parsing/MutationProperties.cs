using FsCheck;
using FsCheck.Xunit;
using ReportForge.Core.Parsing;

namespace ReportForge.Core.Tests.Parsing;

/// <summary>
/// Random damage to the sample (lines deleted, duplicated, swapped, junk inserted, text cut short)
/// never crashes or hangs the parser: it returns a summary with diagnostics, or refuses the input.
/// </summary>
public class MutationProperties
{
    private static readonly string[] SampleLines = TestData.Sample.Split('\n');

    private static readonly string[] Junk =
    [
        "", " ", "1.", "99.", "II. PROMOTION", "Z. Nothing", "A/HRC/WG.6/7/KAZ/3", "Page 7", "12", "Notes",
        "JS230 JS230 JS230", "((((((((((", "2.2.2.2.2.2", "\u0000\u0001\u0002", "N/A", "(AI) (AI) (AI)",
        "The stakeholders listed below", new string('9', 5000), "According to , noted",
    ];

    [Property(MaxTest = 150)]
    public void Parse_NeverCrashes_OnAMutatedSample(NonNegativeInt seed, PositiveInt edits)
    {
        var random = new Random(seed.Get);
        var lines = SampleLines.ToList();
        for (var e = 0; e < 1 + edits.Get % 12 && lines.Count > 1; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3: lines.Insert(at, Junk[random.Next(Junk.Length)]); break;
                default: lines[at] = lines[at][..random.Next(lines[at].Length + 1)]; break;
            }
        }
        if (random.Next(4) == 0) lines = lines.Take(random.Next(lines.Count)).ToList();
        AssertParsesOrRefuses(string.Join('\n', lines));
    }

    [Property(MaxTest = 100)]
    public void Parse_NeverCrashes_OnArbitraryText(string? text) => AssertParsesOrRefuses(text ?? "");

    private static void AssertParsesOrRefuses(string text)
    {
        try
        {
            var summary = SummaryParser.Parse(text, TestData.Options);
            Assert.All(summary.Paragraphs, p => Assert.All(p.Footnotes, f => Assert.InRange(f.Offset, 0, p.Text.Length)));
        }
        catch (InputException e)
        {
            Assert.StartsWith("kazakhstan-2010.txt: ", e.Message, StringComparison.Ordinal);
        }
    }
}
