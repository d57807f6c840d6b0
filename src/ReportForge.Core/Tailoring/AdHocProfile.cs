using System.Security.Cryptography;
using System.Text;

namespace ReportForge.Core.Tailoring;

/// <summary>A profile made on the spot from chosen themes, stakeholders and groups (command line, dashboard).</summary>
public static class AdHocProfile
{
    /// <summary>Null when nothing is chosen. The name carries a short hash of the choice, so two
    /// different selections never overwrite each other's files.</summary>
    public static BriefProfile? From(IReadOnlyList<string> themes, IReadOnlyList<string> stakeholders, IReadOnlyList<string> groups)
    {
        if (themes.Count == 0 && stakeholders.Count == 0 && groups.Count == 0) return null;
        var key = string.Join("\n", themes) + "\u001f" + string.Join("\n", stakeholders) + "\u001f" + string.Join("\n", groups);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        return new BriefProfile
        {
            Name = "selection-" + hash,
            Title = "Tailored brief",
            Purpose = Describe(themes, stakeholders, groups),
            Themes = themes,
            Stakeholders = stakeholders,
            Groups = groups,
        };
    }

    private static string Describe(IReadOnlyList<string> themes, IReadOnlyList<string> stakeholders, IReadOnlyList<string> groups)
    {
        var parts = new List<string>();
        if (themes.Count > 0) parts.Add("themes: " + string.Join(", ", themes));
        if (stakeholders.Count > 0) parts.Add("stakeholders: " + string.Join(", ", stakeholders));
        if (groups.Count > 0) parts.Add("affected groups: " + string.Join(", ", groups));
        return "Selected " + string.Join("; ", parts) + ".";
    }
}
