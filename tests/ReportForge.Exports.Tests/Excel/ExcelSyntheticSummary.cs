using ReportForge.Core.Model;

namespace ReportForge.Exports.Tests.Excel;

/// <summary>A made-up summary of any size, for tests of large matrices.</summary>
internal static class ExcelSyntheticSummary
{
    private const int ThemeCount = 8;
    private const int StakeholderCount = 12;

    private static readonly string[] Phrases =
    [
        "Ensure that all allegations of torture and ill-treatment are investigated promptly and impartially",
        "adopt a comprehensive anti-discrimination law covering all grounds",
        "guarantee the independence of the judiciary and of defence lawyers",
        "release all persons detained solely for the peaceful exercise of their rights",
        "bring legislation on freedom of assembly into line with international standards",
    ];

    public static Summary Create(int count)
    {
        var sections = new List<Section> { new("II", "Promotion and protection of human rights on the ground", null, SectionLevel.Part, 1) };
        for (var t = 1; t <= ThemeCount; t++)
            sections.Add(new Section($"II.{t}", $"Thematic area {t} with a title long enough to wrap", "II", SectionLevel.Lettered, t * 10));
        var stakeholders = Enumerable.Range(1, StakeholderCount)
            .Select(s => new Stakeholder($"JS{s}", $"Joint submission {s}", Enumerable.Range(1, count).Where(p => p % StakeholderCount == s - 1).ToList()))
            .ToList();
        var paragraphs = new List<Paragraph>();
        var asks = new List<Recommendation>();
        for (var i = 1; i <= count; i++)
        {
            var section = $"II.{(i - 1) * ThemeCount / count + 1}";
            var text = string.Join("; ", Enumerable.Range(0, 1 + i % 3).Select(k => Phrases[(i + k) % Phrases.Length])) + ".";
            paragraphs.Add(new Paragraph(i, section, text, [], i));
            asks.Add(new Recommendation($"R{i}.1", i, section, [$"JS{(i - 1) % StakeholderCount + 1}"], "recommended", "the State",
                text, [i], i % 4 == 0 ? ["children"] : [], (ActionCategory)(i % 5 + 1)));
        }
        return new Summary("Testland", DocumentInfo.Empty, sections, paragraphs, stakeholders, [], asks, []);
    }
}
