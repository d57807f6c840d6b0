namespace ReportForge.Matching.Advocacy;

/// <summary>
/// The words UPR Info's issues and OHCHR's thematic-list themes use for each canonical theme of
/// <c>templates/themes.yaml</c>: "Rights of the Child" and "F31 Children: definition…" agree with <c>children</c>,
/// "Racial discrimination" and "Members of minorities" with <c>minorities-and-indigenous-peoples</c>. A recommendation
/// filed under such an issue agrees with an ask of that theme.
/// </summary>
internal static class ThemeIssues
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["scope-of-international-obligations"] = "international instruments acceptance of international norms ratification treaty",
        ["cooperation-with-human-rights-mechanisms"] = "treaty bodies special procedures cooperation mechanisms UPR process",
        ["cooperation-with-treaty-bodies"] = "treaty bodies",
        ["cooperation-with-special-procedures"] = "special procedures",
        ["constitutional-and-legislative-framework"] = "constitutional legislative framework",
        ["institutional-and-human-rights-infrastructure"] = "institutions policies NHRI national human rights institution national plan of action",
        ["national-human-rights-institution"] = "NHRI national human rights institution",
        ["policy-measures"] = "national plan of action policies",
        ["equality-and-non-discrimination"] = "equality non-discrimination racial discrimination",
        ["development-environment-business"] = "development environment business",
        ["human-rights-and-counter-terrorism"] = "counter-terrorism",
        ["human-rights-education"] = "human rights education training awareness raising",
        ["right-to-life-liberty-and-security"] = "torture detention liberty security enforced disappearances domestic violence state agents",
        ["administration-of-justice"] = "justice effective remedy impunity fair trial",
        ["fundamental-freedoms"] = "freedom religion belief opinion expression association assembly participation public affairs vote elections civil society",
        ["right-to-privacy"] = "privacy marriage family",
        ["prohibition-of-slavery"] = "trafficking slavery",
        ["right-to-work"] = "labour work employment",
        ["right-to-social-security"] = "social security",
        ["right-to-adequate-standard-of-living"] = "housing water sanitation food poverty standard of living",
        ["right-to-health"] = "health",
        ["right-to-education"] = "education",
        ["cultural-rights"] = "cultural",
        ["women"] = "women discrimination against women violence against women domestic violence gender",
        ["children"] = "child children rights of the child",
        ["older-persons"] = "older",
        ["persons-with-disabilities"] = "disabilities",
        ["minorities-and-indigenous-peoples"] = "minorities members of minorities racial discrimination indigenous roma",
        ["lgbti-persons"] = "sexual orientation gender identity lesbian gay bisexual transgender intersex",
        ["migrants-refugees-asylum-seekers"] = "migrants asylum-seekers refugees",
        ["internally-displaced-persons"] = "internally displaced",
        ["stateless-persons"] = "nationality identity name stateless statelessness",
    };

    /// <summary>The issue words of a canonical theme key; empty for a key outside the vocabulary.</summary>
    public static string For(string themeKey) => Words.GetValueOrDefault(themeKey, "");
}
