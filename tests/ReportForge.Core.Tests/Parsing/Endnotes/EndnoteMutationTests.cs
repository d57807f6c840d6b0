using ReportForge.Core.Parsing.Endnotes;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

/// <summary>Damaged endnotes (characters and lines lost, doubled or swapped) are read as far as they go, never crash.</summary>
public class EndnoteMutationTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in new[] { "slovenia-2014", "slovenia-2019", "denmark-2026", "united-states-2025" })
            for (var seed = 0; seed < 10; seed++) data.Add(document, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_NeverCrashes_OnDamagedEndnotes(string document, int seed)
    {
        var random = new Random(seed);
        var lines = EndnoteDocuments.Lines(document).Select(l => l.Text).ToList();
        for (var edit = 0; edit < 40; edit++)
        {
            var at = random.Next(lines.Count);
            var line = lines[at];
            switch (random.Next(5))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, line); break;
                case 2 when line.Length > 0: lines[at] = line.Remove(random.Next(line.Length), 1); break;
                case 3: lines[at] = line.Insert(random.Next(line.Length + 1), "(;*1 JS"[random.Next(7)].ToString()); break;
                default: (lines[at], lines[^1]) = (lines[^1], lines[at]); break;
            }
            if (lines.Count == 0) lines.Add("");
        }

        var set = EndnoteReader.Read(EndnoteDocuments.FromText(string.Join('\n', lines)));

        Assert.All(set.Stakeholders, s => Assert.False(string.IsNullOrWhiteSpace(s.Code)));
        Assert.All(set.Notes.Keys, n => Assert.DoesNotContain(set.Sources(n), string.IsNullOrWhiteSpace));
    }
}
