using ReportForge.Core.Enrichment;
using ReportForge.Core.Model;
using ReportForge.Core.Parsing.Blocks;
using ReportForge.Core.Parsing.Endnotes;
using ReportForge.Core.Parsing.Inline;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing;

/// <summary>Assembles the <see cref="Summary"/>: names stakeholders, repairs text, attributes statements and asks.</summary>
internal static class SummaryBuilder
{
    private const string UnknownCountry = "the State under review";

    public static Summary Build(DocumentNode document, DocumentInfo cover, Body body,
        ParseOptions options, DiagnosticBag diagnostics)
    {
        var bodies = body.Paragraphs;
        var found = bodies.Select(b => (b.Clean.Text, Definitions: StakeholderDefinition.FindAll(b.Clean.Text))).ToList();
        var definitionsFound = found.SelectMany(f => f.Definitions).ToList();
        var endnotes = EndnoteReader.Read(document.Endnotes,
            definitionsFound.Select(d => d.Code).Concat(options.KnownStakeholders.Keys).Distinct().ToList());
        var directory = new StakeholderDirectory(options.KnownStakeholders, EndnoteNames.From(endnotes), MemberStates.Names);
        directory.AddDefinitions(definitionsFound);
        var hyphenated = directory.HyphenatedCodes;
        foreach (var paragraph in bodies) TextRepairs.Apply(paragraph.Clean, hyphenated);
        var paragraphs = bodies.Select(ToParagraph).ToList();
        var introduction = paragraphs.FirstOrDefault(p => Introduction.Is(p.Text));
        if (introduction is not null)
        {
            cover = cover with { IntroductionNotes = introduction.FootnoteNumbers.ToList(), IntroductionParagraph = introduction.Number };
            paragraphs[paragraphs.IndexOf(introduction)] = introduction with { Footnotes = [] };
        }
        var country = Country(document, cover, paragraphs, options, diagnostics);
        var groups = new GroupTagger(options.Groups);
        var extractor = new StatementExtractor(new AttributionParser(directory), groups, country, new EndnoteIndex(endnotes, code => directory.Name(code) is not null));
        // Definitions are found again only where a repair changed the text (and so their offsets).
        var definitions = paragraphs.Select((paragraph, p) => ReferenceEquals(paragraph.Text, found[p].Text)
            ? found[p].Definitions : StakeholderDefinition.FindAll(paragraph.Text)).ToList();
        var headings = document.Headings.Select(h => (h.Id, body.Titles[h.Title])).ToList();
        var institution = NationalInstitution.Find(headings, paragraphs, definitions, directory)
            ?? endnotes.Stakeholders.FirstOrDefault(e => e.IsAStatus)?.Code;
        var institutionSections = NationalInstitution.Sections(headings);
        if (institution is not null) directory.AddAliases(NationalInstitution.BodyForms(directory.Name(institution)), institution);
        var statements = new List<Statement>();
        var recommendations = new List<Recommendation>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var speaker = institution is not null && NationalInstitution.InSection(paragraph.SectionId, institutionSections) ? [institution] : (IReadOnlyList<string>?)null;
            var (s, r) = extractor.Extract(new ParagraphText(paragraph, definitions[p]), speaker);
            statements.AddRange(s);
            recommendations.AddRange(r);
        }
        ShapeCheck.RequireAttributions(paragraphs.Count, statements.Select(s => s.Paragraph).Distinct().Count(), options.FileName);
        var stakeholders = Stakeholders(statements, directory, endnotes, institution);
        Report(extractor, directory, paragraphs, document.Endnotes.Count > 0, diagnostics);
        var sections = Sections(document, body, paragraphs, country, options.Themes, diagnostics);
        return new Summary(country, cover, sections, paragraphs, stakeholders, statements, recommendations, diagnostics.ToList())
        {
            NationalInstitution = institution,
        };
    }

    /// <summary>The outline, each heading with its canonical theme; a theme the list lacks is reported.</summary>
    private static List<Section> Sections(DocumentNode document, Body body, List<Paragraph> paragraphs, string country,
        ThemeVocabulary themes, DiagnosticBag diagnostics)
    {
        var holding = paragraphs.Select(p => p.SectionId).ToHashSet(StringComparer.Ordinal);
        var sections = new List<Section>(document.Headings.Count);
        foreach (var h in document.Headings)
        {
            var title = SentenceCase.Convert(body.Titles[h.Title], [country]);
            var theme = themes.Match(title);
            if (theme is null && holding.Contains(h.Id) && themes.Themes.Count > 0)
                diagnostics.Info(h.Line, h.Title.Column, $"theme '{title}' is not in the theme list (templates/themes.yaml); kept as a theme of its own");
            sections.Add(new Section(h.Id, title, h.ParentId, h.Level, h.Line) { ThemeKey = theme?.Key ?? Slugs.From(title) });
        }
        return sections;
    }

    private static Paragraph ToParagraph(ParagraphBody body)
    {
        var markers = new List<FootnoteMarker>(body.HeadingMarkers.Count + body.Markers.Count);
        foreach (var (heading, marker) in body.HeadingMarkers)
        {
            var (line, column) = heading.Source.Locate(marker.Start);
            markers.Add(new FootnoteMarker(marker.Number, 0, line, column));
        }
        for (var m = 0; m < body.Markers.Count; m++)
        {
            var (line, column) = body.Block.Source.Locate(body.Markers[m].Start);
            markers.Add(new FootnoteMarker(body.Markers[m].Number, body.Clean.Offsets[m], line, column));
        }
        return new Paragraph(body.Block.Number!.Value, body.Block.SectionId, body.Clean.Text, markers, body.Block.Line)
        {
            Page = body.Block.Page,
        };
    }

    private static string Country(DocumentNode document, DocumentInfo cover, List<Paragraph> paragraphs, ParseOptions options,
        DiagnosticBag diagnostics)
    {
        if (!string.IsNullOrWhiteSpace(options.Country)) return options.Country.Trim();
        var detector = new CountryDetector();
        if (cover.Title is { } title && detector.NamedInTitle(title) is { } inTitle) return inTitle;
        foreach (var line in document.FrontMatter)
            if (detector.SpelledAlone(line.Text) is { } named) return named;
        foreach (var paragraph in paragraphs) detector.Count(paragraph.Text);
        if (detector.MostNamed() is { } most) return most;
        diagnostics.Warning(paragraphs[0].Line, 1, "no UN Member State is named; set the country under review explicitly");
        return UnknownCountry;
    }

    private static List<Stakeholder> Stakeholders(List<Statement> statements, StakeholderDirectory directory, EndnoteSet endnotes,
        string? institution)
    {
        var paragraphsOf = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var statement in statements)
            foreach (var code in statement.Stakeholders)
            {
                if (!paragraphsOf.TryGetValue(code, out var set))
                {
                    paragraphsOf[code] = set = [];
                    order.Add(code);
                }
                set.Add(statement.Paragraph);
            }
        return order.Select(c =>
        {
            var listed = endnotes.Stakeholder(c);
            var isInstitution = c == institution;
            var name = c == UnnamedSources.Code ? UnnamedSources.Name : directory.Name(c);
            return new Stakeholder(c, name, paragraphsOf[c].ToList())
            {
                Kind = isInstitution ? StakeholderKind.NationalHumanRightsInstitution : listed?.Kind,
                Members = listed?.Members ?? [],
                IsAStatus = isInstitution || listed?.IsAStatus == true,
            };
        }).ToList();
    }

    private static void Report(StatementExtractor extractor, StakeholderDirectory directory, List<Paragraph> paragraphs,
        bool hasEndnotes, DiagnosticBag diagnostics)
    {
        // The first paragraph of each number, as a search from the start would find it.
        var lineOf = new Dictionary<int, int>();
        foreach (var paragraph in paragraphs) lineOf.TryAdd(paragraph.Number, paragraph.Line);
        foreach (var number in extractor.BareJointSubmissions)
        {
            var line = lineOf[number];
            diagnostics.Info(line, 1, "\"Joint Submission (JS)\" gives no number; read as JS1");
        }
        foreach (var (code, number) in extractor.Uncertain)
        {
            // Joint submissions are only named in a full document's endnotes.
            if (directory.Name(code) is not null || (!hasEndnotes && IsJointSubmission(code))) continue;
            var line = lineOf[number];
            diagnostics.Warning(line, 1, $"unknown stakeholder code '{code}': neither the text, the endnotes nor the known list names it");
        }
    }

    private static bool IsJointSubmission(string code) =>
        code.Length > 2 && code.StartsWith("JS", StringComparison.Ordinal) && code[2..].All(char.IsAsciiDigit);
}
