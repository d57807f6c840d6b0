using ReportForge.Core.Enrichment;

namespace ReportForge.Core.Tests.Enrichment;

public class StakeholderDefinitionTests
{
    [Theory]
    [InlineData("Amnesty International (AI) noted", "AI", "Amnesty International")]
    [InlineData("World Coalition against the Death Penalty (WCADP) noted", "WCADP", "World Coalition against the Death Penalty")]
    [InlineData("According to Global Initiative to End All Corporal Punishment of Children (GIEACPC),", "GIEACPC", "Global Initiative to End All Corporal Punishment of Children")]
    [InlineData("Penal Reform International-Central Asia (PRI-Central Asia) recommended", "PRI-Central Asia", "Penal Reform International-Central Asia")]
    [InlineData("The Becket Fund (BF) noted", "BF", "The Becket Fund")]
    public void FindAll_ReadsTheNameWhoseInitialsSpellTheCode(string text, string code, string name)
    {
        var definition = Assert.Single(StakeholderDefinition.FindAll(text));
        Assert.Equal((code, name), (definition.Code, definition.Name));
    }

    [Theory]
    [InlineData("needle and syringe programmes (NSPs) in prisons")]
    [InlineData("a Human Rights Commissioner of Kazakhstan (Ombudsman).")]
    public void FindAll_IgnoresBracketsThatDefineNoOrganisation(string text) =>
        Assert.Empty(StakeholderDefinition.FindAll(text));
}
