using ReportForge.Core;

namespace ReportForge.Matching.Datasets;

/// <summary>
/// One row of the thematic list. The recommendation cell holds the wording and "Source of position: A/HRC/28/15/Add.1
/// - Para. 3"; the themes cell lists themes, then "SDGs:" and "Affected persons:" with "- " items.
/// </summary>
internal static class ThematicRow
{
    public static IEnumerable<StateRecommendation> Read(
        IReadOnlyList<IReadOnlyList<string>> cells, ThematicColumns columns, string theme, ListHeading heading,
        string source, string file, int row)
    {
        IReadOnlyList<string> Cell(int index) => index >= 0 && index < cells.Count ? cells[index] : [];
        var wording = string.Join(" ", Cell(columns.Recommendation)
            .TakeWhile(line => !line.StartsWith("Source of position", StringComparison.OrdinalIgnoreCase)));
        if (wording.Length == 0) throw new InputException(file, $"table row {row}: the recommendation cell is empty");
        var positionText = string.Join(" ", Cell(columns.Position)).Trim();
        if (!ResponseText.TryParse(positionText, out var response))
            throw new InputException(file, $"table row {row}: position '{positionText}' is neither Supported nor Noted");
        var (themes, persons) = ThemesAndPersons(Cell(columns.Themes), theme);
        foreach (var recommendation in RecommendationWording.Split(wording))
        {
            if (recommendation.Text.Length == 0)
                throw new InputException(file, $"table row {row}: no recommendation text before the recommending States");
            yield return new StateRecommendation(
                Id: recommendation.Number.Length > 0 ? recommendation.Number : $"row {row}",
                Text: recommendation.Text,
                States: recommendation.States.Select(StateNames.Canonical).ToList(),
                Response: response,
                Country: heading.Country,
                Session: heading.Session,
                Themes: themes,
                AffectedPersons: persons,
                Action: null,
                Source: source);
        }
    }

    private static (IReadOnlyList<string> Themes, IReadOnlyList<string> Persons) ThemesAndPersons(
        IReadOnlyList<string> lines, string heading)
    {
        var themes = new List<string>();
        var persons = new List<string>();
        var part = "themes";
        foreach (var line in lines)
        {
            if (line.StartsWith("SDGs", StringComparison.OrdinalIgnoreCase)) { part = "sdgs"; continue; }
            if (line.StartsWith("Affected persons", StringComparison.OrdinalIgnoreCase)) { part = "persons"; continue; }
            var item = ThemeNames.WithoutCode(line);
            if (item.Length == 0) continue;
            if (part == "themes") themes.Add(item);
            else if (part == "persons") persons.Add(item);
        }
        if (heading.Length > 0 && !themes.Contains(heading, StringComparer.OrdinalIgnoreCase)) themes.Insert(0, heading);
        return (themes, persons);
    }
}
