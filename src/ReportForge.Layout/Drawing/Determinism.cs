using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// PDFsharp writes a few random values (font subset tags, XMP uuids, the document ID). They are
/// replaced by values derived from the content, byte for byte the same length, so the same document
/// always gives the same file and cross-reference offsets stay valid.
/// </summary>
internal static partial class Determinism
{
    public const string PlaceholderId = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    [GeneratedRegex(@"/(BaseFont|FontName)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex DocumentId();

    public static byte[] Normalize(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[2].Value, out var tag))
                tags[m.Groups[2].Value] = tag = Letters(tags.Count);
            return $"/{m.Groups[1].Value}/{tag}+";
        });

        var masked = XmpUuid().Replace(DocumentId().Replace(text, m => Zeros(m.Value)), m => Zeros(m.Value));
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(masked));
        var hex = Convert.ToHexString(hash);

        var uuidIndex = 0;
        text = XmpUuid().Replace(text, _ => "uuid:" + Uuid(hash, uuidIndex++));
        text = DocumentId().Replace(text, m =>
        {
            var length = m.Groups[1].Value.Length;
            var id = (hex + hex)[..length];
            return m.Value.Replace(m.Groups[1].Value, id, StringComparison.Ordinal)
                .Replace(m.Groups[2].Value, id, StringComparison.Ordinal);
        });
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A six-letter subset tag for the n-th font: AAAAAA, AAAAAB, …</summary>
    static string Letters(int n)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + n % 26);
            n /= 26;
        }
        return new string(letters);
    }

    static string Zeros(string value) => new('0', value.Length);

    static string Uuid(byte[] hash, int index)
    {
        var bytes = SHA256.HashData([.. hash, (byte)index]);
        var h = Convert.ToHexString(bytes).ToLowerInvariant();
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }
}
