namespace ReportForge.Jobs.Tests.Fixtures;

/// <summary>The Slovenia 2019 summary and the recommendations datasets about Slovenia, copied beside the tests.</summary>
internal static class SloveniaFixtures
{
    private static string File(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "recommendations", .. parts]);

    public static string Summary2019 => File("slovenia-2019", "summary.txt");
    public static string ThematicList2019 => File("slovenia-2019", "thematic-list-of-recommendations.docx");
    public static string UprInfoCsv => File("slovenia-upr-info-recommendations-2010-2014.csv");

    public const string UprInfoCsvName = "slovenia-upr-info-recommendations-2010-2014.csv";
    public const string UprInfoId = "slovenia-upr-info-recommendations-2010-2014";

    public static byte[] Bytes(string path) => System.IO.File.ReadAllBytes(path);

    /// <summary>The UPR Info export without the rows a State made: a changed dataset.</summary>
    public static byte[] UprInfoCsvWithout(string state)
    {
        var lines = System.IO.File.ReadAllLines(UprInfoCsv);
        return System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Where((l, i) => i == 0 || !l.Contains($",{state},", StringComparison.Ordinal))) + "\n");
    }
}
