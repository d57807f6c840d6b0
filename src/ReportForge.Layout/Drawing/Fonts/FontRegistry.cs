using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace ReportForge.Layout.Drawing.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver. It only knows the font folders handed to it, never the
/// machine's fonts, so output does not depend on what happens to be installed.
/// </summary>
internal sealed class FontRegistry : IFontResolver
{
    public static readonly FontRegistry Instance = new();

    static readonly Lock InstallLock = new();
    readonly ConcurrentDictionary<string, string> _filesByFace = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, byte[]> _bytesByFace = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, bool> _loadedDirectories = new(StringComparer.Ordinal);

    FontRegistry()
    {
    }

    /// <summary>Makes this registry PDFsharp's resolver and adds the fonts of <paramref name="directory"/>.</summary>
    public static void EnsureInstalled(string directory)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = Instance;
            else if (GlobalFontSettings.FontResolver is not FontRegistry)
                throw new InvalidOperationException("Another PDFsharp font resolver is installed; ReportForge.Layout needs its own.");
        }
        Instance.AddDirectory(directory);
    }

    public void AddDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (_loadedDirectories.ContainsKey(full))
            return;
        if (!Directory.Exists(full))
            throw new DirectoryNotFoundException($"Fonts folder '{full}' does not exist.");
        foreach (var file in Directory.EnumerateFiles(full).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is not (".ttf" or ".otf"))
                continue;
            var name = FontFileName.Parse(file);
            // The first folder to register a face wins: the same family from two folders is one face.
            _filesByFace.TryAdd(FaceName(name.FamilyKey, name.Bold, name.Italic), file);
        }
        _loadedDirectories.TryAdd(full, true);
    }

    public bool HasFamily(string family)
    {
        var key = FontFileName.KeyOf(family);
        return _filesByFace.ContainsKey(FaceName(key, false, false)) || _filesByFace.ContainsKey(FaceName(key, true, false));
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var key = FontFileName.KeyOf(familyName);
        if (_filesByFace.ContainsKey(FaceName(key, bold, italic)))
            return new FontResolverInfo(FaceName(key, bold, italic));
        // Missing styles are simulated from the nearest face rather than failing.
        if (_filesByFace.ContainsKey(FaceName(key, bold, false)))
            return new FontResolverInfo(FaceName(key, bold, false), false, italic);
        if (_filesByFace.ContainsKey(FaceName(key, false, italic)))
            return new FontResolverInfo(FaceName(key, false, italic), bold, false);
        if (_filesByFace.ContainsKey(FaceName(key, false, false)))
            return new FontResolverInfo(FaceName(key, false, false), bold, italic);
        return null;
    }

    public byte[]? GetFont(string faceName) =>
        _filesByFace.TryGetValue(faceName, out var file)
            ? _bytesByFace.GetOrAdd(faceName, _ => File.ReadAllBytes(file))
            : null;

    static string FaceName(string familyKey, bool bold, bool italic) =>
        familyKey + (bold ? (italic ? "#bi" : "#b") : (italic ? "#i" : "#r"));
}
