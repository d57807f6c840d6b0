using System.Globalization;

namespace ReportForge.Core.Model;

/// <summary>Short citations back to the summary: "¶ 17, fn 37–38", and where the PDF prints it, "¶ 17, fn 37, p. 4".</summary>
public static class Citations
{
    /// <param name="page">The page of the official PDF the paragraph starts on; 0 (text sources) leaves it out.</param>
    public static string Format(int paragraph, IReadOnlyList<int> footnotes, int page = 0)
    {
        var p = "¶ " + paragraph.ToString(CultureInfo.InvariantCulture);
        if (footnotes.Count > 0) p += ", fn " + Footnotes(footnotes);
        return page > 0 ? p + ", p. " + page.ToString(CultureInfo.InvariantCulture) : p;
    }

    /// <summary>"37", "37–38", "37, 40–42": consecutive numbers become ranges.</summary>
    public static string Footnotes(IReadOnlyList<int> footnotes)
    {
        var parts = new List<string>();
        var sorted = footnotes.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}–{sorted[j]}"));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
