using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Core.Templates;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Word.Blocks;
using ReportForge.Exports.Word.Parts;
using ReportForge.Exports.Word.Reference;

namespace ReportForge.Exports.Word;

/// <summary>
/// Word briefs, one <c>.docx</c> per thematic area (<c>{profile}/word/{slug}.docx</c>), styled by the
/// reference document: title block, the situation, recommendations, positive developments,
/// stakeholders involved and sources, with every statement and ask cited in a real footnote.
/// Stateless once built; safe to call from several threads.
/// </summary>
public sealed class WordBriefRenderer : IArtifactRenderer
{
    private readonly Lock _loading = new();
    private ReferenceDocument? _reference;

    /// <summary>A renderer styled by the templates' <see cref="TemplateSet.WordReferenceDocument"/>.</summary>
    public WordBriefRenderer(TemplateSet templates, WordBriefOptions? options = null)
        : this(templates.WordReferenceDocument, options)
    {
    }

    /// <summary>A renderer styled by the reference document at <paramref name="referenceDocumentPath"/>.</summary>
    public WordBriefRenderer(string referenceDocumentPath, WordBriefOptions? options = null)
    {
        ReferenceDocumentPath = referenceDocumentPath;
        Options = options ?? WordBriefOptions.Default;
    }

    /// <summary>The <c>.docx</c> whose styles, lists, theme and settings every brief copies.</summary>
    public string ReferenceDocumentPath { get; }

    /// <summary>Layout choices for every brief this renderer writes.</summary>
    public WordBriefOptions Options { get; }

    /// <inheritdoc />
    public ArtifactKind Kind => ArtifactKind.WordBrief;

    /// <summary>One plan per theme of <paramref name="content"/>, named by the theme's slug.</summary>
    public IEnumerable<ArtifactPlan> Plan(BriefContent content)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in content.Themes)
        {
            var slug = theme.Section.Slug;
            // Two sections may share a title ("General"); the outline id keeps their files apart.
            if (!used.Add(slug)) used.Add(slug = $"{slug}-{Slugs.From(theme.Section.Id)}");
            yield return new ArtifactPlan(Kind, $"{content.Profile.Name}/word/{slug}.docx", content.Profile.Name, theme.Section.Id);
        }
    }

    /// <summary>Reads the reference document.</summary>
    public void Prepare() => Reference();

    /// <summary>Writes the brief for the plan's theme.</summary>
    /// <returns>Null: pages exist only once a word processor lays the document out.</returns>
    /// <exception cref="ArgumentException">The plan names a theme the content does not hold.</exception>
    public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        var theme = content.Themes.FirstOrDefault(t => t.Section.Id == plan.Theme)
            ?? throw new ArgumentException($"The content of profile '{content.Profile.Name}' has no theme '{plan.Theme}'.", nameof(plan));
        var context = new WordBriefContext(content, theme, Options, PageSetup.For(content.Profile), new FootnoteList());
        WordBriefWriter.Write(output, context, Reference());
        return null;
    }

    /// <summary>
    /// The reference document, read on first render by one thread while the others wait (reading it is a
    /// large part of a cold start); a failed read is not kept, so a fixed file is picked up.
    /// </summary>
    private ReferenceDocument Reference()
    {
        lock (_loading) return _reference ??= ReferenceDocument.Load(ReferenceDocumentPath);
    }
}
