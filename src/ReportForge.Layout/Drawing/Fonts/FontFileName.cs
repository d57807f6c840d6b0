namespace ReportForge.Layout.Drawing.Fonts;

/// <summary>Reads family and style from a font file name of the form <c>Family-Style.ttf</c>.</summary>
internal readonly record struct FontFileName(string FamilyKey, bool Bold, bool Italic)
{
    public static FontFileName Parse(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dash = name.LastIndexOf('-');
        var family = dash > 0 ? name[..dash] : name;
        var style = dash > 0 ? name[(dash + 1)..].ToLowerInvariant() : "regular";
        return style switch
        {
            "regular" or "book" => new(KeyOf(family), false, false),
            "bold" => new(KeyOf(family), true, false),
            "italic" or "oblique" => new(KeyOf(family), false, true),
            "bolditalic" or "boldoblique" => new(KeyOf(family), true, true),
            // An unknown suffix (e.g. "Condensed") is part of the family name.
            _ => new(KeyOf(name), false, false),
        };
    }

    /// <summary>Family names compare without spaces and case: "Noto Sans" matches NotoSans-Regular.ttf.</summary>
    public static string KeyOf(string family) => family.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
