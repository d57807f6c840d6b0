namespace ReportForge.Core.Templates;

/// <summary>
/// <c>templates/stakeholders.yaml</c>: full names of organisations that summaries cite by code
/// without spelling the name out.
/// <code>
/// stakeholders:
///   Forum 18: Forum 18 News Service
/// </code>
/// </summary>
public static class KnownStakeholdersFile
{
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        var file = YamlFiles.Read<StakeholdersDocument>(path);
        return new Dictionary<string, string>(file.Stakeholders, StringComparer.Ordinal);
    }

    private sealed class StakeholdersDocument
    {
        public Dictionary<string, string> Stakeholders { get; set; } = [];
    }
}
