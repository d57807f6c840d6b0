using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportForge.Core.Model;

namespace ReportForge.Core.Serialization;

/// <summary>
/// The published JSON shape of a parsed summary (what <c>reportforge parse --json</c> prints and the
/// API returns). A contract of its own so the model can change without breaking scripts.
/// </summary>
public static class SummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>"civil-society", "joint-submission", "national-human-rights-institution", …</summary>
    private static string? Kind(StakeholderKind? kind) => kind switch
    {
        StakeholderKind.CivilSociety => "civil-society",
        StakeholderKind.JointSubmission => "joint-submission",
        StakeholderKind.NationalHumanRightsInstitution => "national-human-rights-institution",
        StakeholderKind.RegionalIntergovernmentalOrganization => "regional-intergovernmental-organization",
        StakeholderKind.UnitedNationsOrOther => "united-nations-or-other",
        _ => null,
    };

    private static IReadOnlyList<string>? Pointers(IReadOnlyList<SubmissionPointer> pointers) =>
        pointers.Count == 0 ? null : pointers.Select(p => p.ToString()).ToList();

    public static string Serialize(Summary summary) => JsonSerializer.Serialize(ToContract(summary), Options);

    public static SummaryContract ToContract(Summary s) => new(
        s.Country,
        s.NationalInstitution,
        new DocumentContract(s.Document.Symbol, s.Document.Session, s.Document.Date, s.Document.Title, s.Document.IntroductionNotes),
        s.Sections.Select(x => new SectionContract(x.Id, x.Title, x.ParentId, x.Level.ToString().ToLowerInvariant(), x.ThemeKey)).ToList(),
        s.Paragraphs.Select(p => new ParagraphContract(p.Number, p.SectionId, p.Text, p.FootnoteNumbers.ToList(), p.Line, p.Page)).ToList(),
        s.Stakeholders.Select(x => new StakeholderContract(x.Abbreviation, x.Name, x.Paragraphs, Kind(x.Kind),
            x.Members.Count == 0 ? null : x.Members, x.IsAStatus ? true : null)).ToList(),
        s.Statements.Select(x => new StatementContract(x.Paragraph, x.Stakeholders, x.Verb, x.Kind.ToString().ToLowerInvariant(), x.Text, x.Footnotes,
            x.Implementation?.Label(), Pointers(x.Pointers))).ToList(),
        s.Recommendations.Select(r => new RecommendationContract(r.Id, r.Paragraph, r.SectionId, r.Stakeholders, r.Verb, r.Target,
            r.Text, r.Footnotes, r.AffectedGroups, (int)r.ActionCategory, Pointers(r.Pointers))).ToList(),
        s.Diagnostics.Select(d => new DiagnosticContract(d.Severity.ToString().ToLowerInvariant(), d.Line, d.Column, d.Message)).ToList());
}

/// <param name="NationalInstitution">The code of the national human rights institution with a part of its own, if any.</param>
public sealed record SummaryContract(
    string Country,
    string? NationalInstitution,
    DocumentContract Document,
    IReadOnlyList<SectionContract> Sections,
    IReadOnlyList<ParagraphContract> Paragraphs,
    IReadOnlyList<StakeholderContract> Stakeholders,
    IReadOnlyList<StatementContract> Statements,
    IReadOnlyList<RecommendationContract> Recommendations,
    IReadOnlyList<DiagnosticContract> Diagnostics);

/// <param name="IntroductionNotes">Notes of the report's introduction (previous review, list of stakeholders), not body footnotes.</param>
public sealed record DocumentContract(string? Symbol, string? Session, string? Date, string? Title, IReadOnlyList<int> IntroductionNotes);

/// <param name="Level">part, lettered, numbered (a cluster or, up to 2016, a theme) or titled (an unnumbered theme heading).</param>
/// <param name="Theme">The canonical theme key from <c>templates/themes.yaml</c>, or the heading's own slug.</param>
public sealed record SectionContract(string Id, string Title, string? Parent, string Level, string Theme);

/// <param name="Page">1-based page in the source PDF; 0 for text input.</param>
public sealed record ParagraphContract(int Number, string Section, string Text, IReadOnlyList<int> Footnotes, int Line, int Page);

/// <param name="Kind">civil-society, joint-submission, national-human-rights-institution, regional-intergovernmental-organization or united-nations-or-other, where the document lists it.</param>
/// <param name="Members">A joint submission's member organisations.</param>
/// <param name="AStatus">True for a national human rights institution with A status.</param>
public sealed record StakeholderContract(string Abbreviation, string? Name, IReadOnlyList<int> Paragraphs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Members,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? AStatus);

/// <param name="Kind">observation, concern, positive, recommendation or assessment (of the previous review's recommendations).</param>
/// <param name="Implementation">For an assessment: implemented, partially implemented, not implemented or unclear.</param>
public sealed record StatementContract(int Paragraph, IReadOnlyList<string> Stakeholders, string Verb, string Kind, string Text, IReadOnlyList<int> Footnotes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Implementation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Pointers);

public sealed record RecommendationContract(
    string Id,
    int Paragraph,
    string Section,
    IReadOnlyList<string> Stakeholders,
    string Verb,
    string Target,
    string Text,
    IReadOnlyList<int> Footnotes,
    IReadOnlyList<string> AffectedGroups,
    int ActionCategory,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Pointers);

public sealed record DiagnosticContract(string Severity, int Line, int Column, string Message);
