using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace ReportForge.Matching.Datasets;

/// <summary>The State under review and the session, from the page header "UPR of Slovenia (2nd Cycle – 20th session)".</summary>
internal sealed record ListHeading(string Country, int? Session)
{
    public static ListHeading Find(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        var texts = (main?.HeaderParts ?? []).Select(h => h.Header is null ? "" : OpenXmlText.Of(h.Header))
            .Append(main?.Document?.Body is { } body ? OpenXmlText.Of(body)[..Math.Min(2000, OpenXmlText.Of(body).Length)] : "")
            .Append(document.PackageProperties.Title ?? "");
        foreach (var text in texts)
            if (Parse(text) is { Country.Length: > 0 } heading) return heading;
        return new ListHeading("", null);
    }

    internal static ListHeading? Parse(string text)
    {
        var normalized = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var at = normalized.IndexOf("UPR of ", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = normalized[(at + "UPR of ".Length)..];
        var end = rest.IndexOf('(');
        var country = (end < 0 ? rest : rest[..end]).Trim();
        if (country.Length is 0 or > 60) return null;
        return new ListHeading(StateNames.Canonical(country), end < 0 ? null : SessionIn(rest[end..]));
    }

    /// <summary>"(2nd Cycle – 20th session)" → 20.</summary>
    private static int? SessionIn(string text)
    {
        var at = text.IndexOf("session", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var digitsEnd = at - 1;
        while (digitsEnd >= 0 && !char.IsAsciiDigit(text[digitsEnd])) digitsEnd--;
        var digitsStart = digitsEnd;
        while (digitsStart > 0 && char.IsAsciiDigit(text[digitsStart - 1])) digitsStart--;
        if (digitsEnd < 0 || at - digitsEnd > 5) return null;
        return int.Parse(text[digitsStart..(digitsEnd + 1)], CultureInfo.InvariantCulture);
    }
}
