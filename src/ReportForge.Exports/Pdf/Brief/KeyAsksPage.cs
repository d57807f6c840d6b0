using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The key asks: every recommendation of the brief in <see cref="BriefContent.KeyAsks"/> order, grouped
/// under the action category where consecutive asks share one, each with who asked and where it is cited.
/// </summary>
internal static class KeyAsksPage
{
    public static void Compose(IContainer container, BriefContent content, BriefStyle style)
    {
        var asks = content.KeyAsks;
        container.Column(col =>
        {
            col.Spacing(BriefStyle.BlockGap);
            col.Item().Heading(1, "Key asks", anchor: BriefAnchors.KeyAsks);
            col.Item().Text(Introduction(content)).FontColor(style.Theme.Muted);
            if (asks.Count == 0)
            {
                col.Item().Text("No stakeholder made a recommendation within this selection.");
                return;
            }

            var number = 0;
            foreach (var group in Runs(asks))
            {
                col.Item().PaddingTop(8).Heading(2, group[0].ActionCategory.NumberedLabel(), bookmark: false);
                col.Item().List(list =>
                {
                    list.Spacing(7).LabelWidth(24);
                    foreach (var ask in group)
                    {
                        number++;
                        list.Bullet(number.ToString(CultureInfo.InvariantCulture) + ".");
                        list.Item().Element(c => Ask(c, content, ask, style));
                    }
                });
            }
        });
    }

    static string Introduction(BriefContent content)
    {
        var count = BriefText.Count(content.KeyAsks.Count, "recommendation");
        return content.KeyAsks.Count == 0
            ? "What stakeholders asked of the State under review."
            : $"The {count} stakeholders made within this brief, the most specific action first. " +
              "Each theme below repeats its own asks with the context stakeholders gave.";
    }

    static void Ask(IContainer container, BriefContent content, Recommendation ask, BriefStyle style) =>
        container.Column(item =>
        {
            item.Spacing(1.5);
            item.Item().Text(ask.Text);
            item.Item().Text(t =>
            {
                t.DefaultStyle(_ => style.Note);
                t.Span(BriefText.Codes(ask.Stakeholders)).Bold().FontColor(style.Theme.Brand);
                t.Span($" {ask.Verb}  ·  {content.Summary.Cite(ask)}  ·  ");
                var theme = content.Themes.FirstOrDefault(th => th.Holds(ask.SectionId));
                if (theme is not null)
                    t.LinkTo(theme.Section.Title, BriefAnchors.Section(theme.Section.Id));
                if (ask.AffectedGroups.Count > 0)
                    t.Span("  ·  " + BriefText.Groups(content, ask.AffectedGroups));
            });
        });

    /// <summary>Consecutive asks of the same category.</summary>
    static IEnumerable<List<Recommendation>> Runs(IReadOnlyList<Recommendation> asks)
    {
        var run = new List<Recommendation>();
        foreach (var ask in asks)
        {
            if (run.Count > 0 && run[^1].ActionCategory != ask.ActionCategory)
            {
                yield return run;
                run = [];
            }
            run.Add(ask);
        }
        if (run.Count > 0) yield return run;
    }
}
