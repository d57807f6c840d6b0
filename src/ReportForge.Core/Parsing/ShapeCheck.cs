using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>Refuses documents that are not a summary of stakeholders' information, with a reason a person can act on.</summary>
internal static class ShapeCheck
{
    private const string NotASummary = "does not look like a summary of stakeholders' information";

    public static void RequireSummaryShape(DocumentNode document, DocumentInfo cover, string file)
    {
        var title = cover.Title ?? "";
        if (title.StartsWith("National report", StringComparison.OrdinalIgnoreCase))
            throw new InputException(file, $"{NotASummary}: it is a national report (the State's own submission)");
        if (title.StartsWith("Compilation", StringComparison.OrdinalIgnoreCase))
            throw new InputException(file, $"{NotASummary}: it is a compilation of United Nations information");
        if (IsWorkingGroupReport(document.FrontMatter))
            throw new InputException(file, $"{NotASummary}: it is the report of the Working Group on the Universal Periodic Review (the review's outcome)");
        // The documents of one review share a symbol but its last number: /1 the State's, /2 the UN's, /3 the stakeholders'.
        if (cover.Symbol is { } symbol && symbol.Contains("/WG.6/", StringComparison.Ordinal))
        {
            if (symbol.EndsWith("/1", StringComparison.Ordinal))
                throw new InputException(file, $"{NotASummary}: {symbol} is a national report (the State's own submission)");
            if (symbol.EndsWith("/2", StringComparison.Ordinal))
                throw new InputException(file, $"{NotASummary}: {symbol} is a compilation of United Nations information");
        }
        if (!document.Paragraphs.Any())
            throw new InputException(file, $"{NotASummary}: no numbered paragraphs (\"1.\", \"2. …\") were found");
    }

    /// <summary>A summary reports what stakeholders said: most paragraphs attribute something to someone.</summary>
    public static void RequireAttributions(int paragraphs, int attributed, string file)
    {
        if (attributed == 0 || attributed * 4 < paragraphs)
            throw new InputException(file,
                $"{NotASummary}: {attributed} of {paragraphs} paragraphs say which stakeholder reported what (\"AI noted…\")");
    }

    /// <summary>"Report of the Working Group on the Universal Periodic Review" as the cover's title.</summary>
    private static bool IsWorkingGroupReport(IEnumerable<SourceLine> cover) =>
        cover.Take(60).Any(l => l.Text.StartsWith("Report of the Working Group on the Universal Periodic Review", StringComparison.OrdinalIgnoreCase));
}
