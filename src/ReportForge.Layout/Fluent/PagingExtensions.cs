using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Control over where pages break and what shows on which page.</summary>
public static class PagingExtensions
{
    /// <summary>Ends the page here.</summary>
    public static void PageBreak(this IContainer container) => container.Fill(new PageBreak());

    /// <summary>Keeps the child on one page: if it does not fit whole, it starts on the next page.</summary>
    public static IContainer ShowEntire(this IContainer container) => container.Fill(new ShowEntire());

    /// <summary>Starts the child on the next page unless it fits whole or <paramref name="minHeight"/> points are left.</summary>
    public static IContainer EnsureSpace(this IContainer container, double minHeight = 150) =>
        container.Fill(new EnsureSpace { MinHeight = minHeight });

    /// <summary>The child must not end a page: it moves with whatever follows it in the column.</summary>
    public static IContainer KeepWithNext(this IContainer container) => container.Fill(new KeepWithNext());

    /// <summary>Draws the child only the first time (e.g. a header line on the first page of a page set).</summary>
    public static IContainer ShowOnce(this IContainer container) => container.Fill(new ShowOnce());

    /// <summary>Draws the child only when <paramref name="condition"/> is true.</summary>
    public static IContainer ShowIf(this IContainer container, bool condition) => container.ShowIf(_ => condition);

    /// <summary>Draws the child only on pages where <paramref name="condition"/> holds, e.g. <c>p => p.PageNumber > 1</c>.</summary>
    public static IContainer ShowIf(this IContainer container, Func<PageState, bool> condition) =>
        container.Fill(new ShowIf { Condition = condition ?? throw new ArgumentNullException(nameof(condition)) });

    /// <summary>Sets the text style inherited by everything inside.</summary>
    public static IContainer DefaultTextStyle(this IContainer container, Func<TextStyle, TextStyle> style) =>
        container.Fill(new DefaultTextStyle { Style = style(TextStyle.Default) });
}
