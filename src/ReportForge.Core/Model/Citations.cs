using System.Globalization;

namespace ReportForge.Core.Model;

/// <summary>Short citations back to the summary: "¶ 17, fn 37–38".</summary>
public static class Citations
{
    public static string Format(int paragraph, IReadOnlyList<int> footnotes)
    {
        var p = "¶ " + paragraph.ToString(CultureInfo.InvariantCulture);
        return footnotes.Count == 0 ? p : p + ", fn " + Footnotes(footnotes);
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
