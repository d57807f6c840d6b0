using ReportForge.Core.Model;
using ReportForge.Core.Parsing;
using ReportForge.Core.Templates;

namespace ReportForge.Core.Tests;

/// <summary>The built-in sample and the templates, as copied beside the test binaries.</summary>
internal static class TestData
{
    private static readonly Lazy<string> SampleText = new(() => File.ReadAllText(PathOf("templates/samples/kazakhstan-2010.txt")));
    private static readonly Lazy<ParseOptions> DefaultOptions = new(() => new ParseOptions
    {
        FileName = "kazakhstan-2010.txt",
        KnownStakeholders = KnownStakeholdersFile.Load(PathOf("templates/stakeholders.yaml")),
        Groups = TaxonomyFile.Load(PathOf("templates/taxonomy.yaml")),
        Themes = ThemesFile.Load(PathOf("templates/themes.yaml")),
    });
    private static readonly Lazy<Summary> ParsedSample = new(() => SummaryParser.Parse(Sample, Options));

    public static string Sample => SampleText.Value;

    public static ParseOptions Options => DefaultOptions.Value;

    /// <summary>The sample parsed once with the templates' stakeholders and taxonomy.</summary>
    public static Summary Summary => ParsedSample.Value;

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static Summary Parse(string text) => SummaryParser.Parse(text, Options);
}
