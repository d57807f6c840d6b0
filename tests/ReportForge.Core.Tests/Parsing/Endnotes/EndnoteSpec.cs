using ReportForge.Core.Model;

namespace ReportForge.Core.Tests.Parsing.Endnotes;

/// <summary>
/// A hand-checked expected file for the endnotes of a real summary (Specs/NAME.endnotes.txt):
/// <code>
/// notes: 68
/// list note: 2
/// listed: 16
/// stakeholder AI = Amnesty International | civil society
/// stakeholder DIHR = Danish Institute for Human Rights | national human rights institution | A status
/// stakeholder CoE-ECSR = European Committee of Social Rights | regional | attached to CoE | reads Factsheet: …
/// members JS1 = Organisation one; Organisation two
/// sources 30: JS2, CoE
/// </code>
/// "reads …" records what the reader gives today where it falls short of the true name: the gap stays
/// visible, and a change either way shows in the test.
/// </summary>
internal sealed record EndnoteSpec(
    int Notes, int? ListNote, int Listed, IReadOnlyList<EndnoteSpec.Entry> Stakeholders,
    IReadOnlyDictionary<string, string> Members, IReadOnlyDictionary<int, string> Sources)
{
    public sealed record Entry(string Code, string Name, string Kind, bool AStatus, bool Ecosoc, string? AttachedTo, string? Reads, int Line);

    public static string KindWord(StakeholderKind kind) => kind switch
    {
        StakeholderKind.CivilSociety => "civil society",
        StakeholderKind.JointSubmission => "joint submission",
        StakeholderKind.NationalHumanRightsInstitution => "national human rights institution",
        StakeholderKind.RegionalIntergovernmentalOrganization => "regional",
        _ => "united nations or other",
    };

    public static EndnoteSpec Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Parsing", "Endnotes", "Specs", name + ".endnotes.txt");
        int notes = 0, listed = 0;
        int? listNote = null;
        var entries = new List<Entry>();
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new Dictionary<int, string>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            // Codes may hold ": " ("CoE-CM: Resolution"), so stakeholders and members take " = ".
            var equals = raw.IndexOf(" = ", StringComparison.Ordinal);
            var colon = equals > 0 ? equals : raw.IndexOf(": ", StringComparison.Ordinal);
            var width = equals > 0 ? 3 : 2;
            var (key, value) = colon < 0 ? (raw.TrimEnd(':'), "") : (raw[..colon], raw[(colon + width)..]);
            if (key == "notes") notes = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (key == "list note") listNote = value.Length == 0 ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (key == "listed") listed = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (key.StartsWith("stakeholder ", StringComparison.Ordinal)) entries.Add(ParseEntry(key["stakeholder ".Length..], value, number));
            else if (key.StartsWith("members ", StringComparison.Ordinal)) members[key["members ".Length..]] = value;
            else if (key.StartsWith("sources ", StringComparison.Ordinal)) sources[int.Parse(key["sources ".Length..], System.Globalization.CultureInfo.InvariantCulture)] = value;
            else throw new InvalidDataException($"{path}:{number}: unknown line '{raw}'");
        }
        return new EndnoteSpec(notes, listNote, listed, entries, members, sources);
    }

    private static Entry ParseEntry(string code, string value, int line)
    {
        var parts = value.Split(" | ");
        string? attached = null, reads = null;
        bool aStatus = false, ecosoc = false;
        foreach (var part in parts.Skip(2))
        {
            if (part == "A status") aStatus = true;
            else if (part == "ECOSOC") ecosoc = true;
            else if (part.StartsWith("attached to ", StringComparison.Ordinal)) attached = part["attached to ".Length..];
            else if (part.StartsWith("reads ", StringComparison.Ordinal)) reads = part["reads ".Length..];
        }
        return new Entry(code, parts[0], parts.Length > 1 ? parts[1] : "", aStatus, ecosoc, attached, reads, line);
    }
}
