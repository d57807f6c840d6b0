namespace ReportForge.Core.Parsing.Blocks;

/// <summary>
/// Where the endnotes of an official document begin: a "Notes" (or "Endnotes") line, note 1 citing
/// the previous review ("1 A/HRC/46/15, …"), or the stakeholder list, "The stakeholders listed below
/// have contributed information for this summary…".
/// </summary>
internal static class EndnoteStart
{
    /// <summary>The heading over the notes; a plain extractor may print it before the last paragraphs.</summary>
    public static bool IsHeading(string line) =>
        line.Equals("Notes", StringComparison.OrdinalIgnoreCase)
        || line.Equals("Endnotes", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first note: the stakeholder list, or "1" followed by a document symbol.</summary>
    public static bool IsFirstNote(string line)
    {
        if (line.Contains("stakeholders listed below", StringComparison.OrdinalIgnoreCase)) return true;
        if (!line.StartsWith("1 ", StringComparison.Ordinal)) return false;
        var rest = line.AsSpan(2).TrimStart(' ');
        var end = rest.IndexOfAny(' ', ',');
        return PageFurniture.IsDocumentSymbol(end < 0 ? rest : rest[..end]);
    }
}
