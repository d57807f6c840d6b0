using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pipeline;

namespace ReportForge.Exports.Tests.StateBrief;

/// <summary>The Slovenia 2019 summary exported once with the 2014–2019 recommendations datasets, shared by the tests.</summary>
public sealed class SloveniaExport : IDisposable
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "recommendations", .. parts]);

    public static string Summary => Fixture("slovenia-2019", "summary.txt");
    public static string ThematicList => Fixture("slovenia-2019", "thematic-list-of-recommendations.docx");
    public static string UprInfoCsv => Fixture("slovenia-upr-info-recommendations-2010-2014.csv");

    public SloveniaExport()
    {
        Root = Directory.CreateTempSubdirectory("reportforge-states-").FullName;
        Result = ExportPipeline.CreateDefault(PipelineFixtures.Templates).Run(Request(Root));
    }

    public static ExportRequest Request(string root, params string[] datasets) => new()
    {
        SourceFile = Summary,
        OutputRoot = root,
        Profiles = ["full"],
        RecommendationDatasets = datasets.Length > 0 ? datasets : [ThematicList, UprInfoCsv],
    };

    public string Root { get; }
    public ExportResult Result { get; }
    public string Folder => Result.Folder;

    public string File(string relative) => Path.Combine(Folder, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
