using System.Security.Cryptography;
using System.Text;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// PDFsharp writes a few random values (font subset tags, XMP uuids, the document ID). They are
/// replaced in place by values derived from the content, byte for byte the same length, so the
/// same document always gives the same file and cross-reference offsets stay valid.
/// </summary>
internal static class Determinism
{
    public const string PlaceholderId = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    static readonly byte[] BaseFont = "/BaseFont/"u8.ToArray();
    static readonly byte[] FontName = "/FontName/"u8.ToArray();
    static readonly byte[] UuidPrefix = "uuid:"u8.ToArray();
    static readonly byte[] IdPrefix = "/ID["u8.ToArray();
    const int UuidLength = 36;

    /// <summary>Rewrites <paramref name="pdf"/> in place and returns it.</summary>
    public static byte[] Normalize(byte[] pdf)
    {
        RenameSubsets(pdf);
        var uuids = Find(pdf, UuidPrefix).Where(i => LooksLikeUuid(pdf, i + UuidPrefix.Length)).Select(i => i + UuidPrefix.Length).ToList();
        var ids = DocumentIdRanges(pdf);

        // Hash the file with the random parts zeroed, then derive the replacements from the hash.
        foreach (var start in uuids)
            pdf.AsSpan(start, UuidLength).Fill((byte)'0');
        foreach (var (start, length) in ids)
            pdf.AsSpan(start, length).Fill((byte)'0');
        var hash = SHA256.HashData(pdf);

        for (var n = 0; n < uuids.Count; n++)
            Encoding.ASCII.GetBytes(Uuid(hash, n)).CopyTo(pdf, uuids[n]);
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(hash) + Convert.ToHexString(hash));
        foreach (var (start, length) in ids)
            hex.AsSpan(0, Math.Min(length, hex.Length)).CopyTo(pdf.AsSpan(start));
        return pdf;
    }

    /// <summary>Subset tags (six capitals and '+') become AAAAAA, AAAAAB, … in order of first appearance.</summary>
    static void RenameSubsets(byte[] pdf)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var marker in new[] { BaseFont, FontName })
        {
            foreach (var index in Find(pdf, marker))
            {
                var start = index + marker.Length;
                if (start + 7 > pdf.Length || pdf[start + 6] != (byte)'+' || !pdf.AsSpan(start, 6).ToArray().All(b => b is >= (byte)'A' and <= (byte)'Z'))
                    continue;
                var tag = Encoding.ASCII.GetString(pdf, start, 6);
                if (!tags.TryGetValue(tag, out var replacement))
                    tags[tag] = replacement = Letters(tags.Count);
                Encoding.ASCII.GetBytes(replacement).CopyTo(pdf, start);
            }
        }
    }

    /// <summary>The two hex strings of the trailer's /ID array.</summary>
    static List<(int Start, int Length)> DocumentIdRanges(byte[] pdf)
    {
        var ranges = new List<(int, int)>();
        foreach (var index in Find(pdf, IdPrefix))
        {
            var i = index + IdPrefix.Length;
            for (var k = 0; k < 2; k++)
            {
                while (i < pdf.Length && pdf[i] != (byte)'<')
                    i++;
                var end = Array.IndexOf(pdf, (byte)'>', i);
                if (end < 0)
                    break;
                ranges.Add((i + 1, end - i - 1));
                i = end + 1;
            }
        }
        return ranges;
    }

    static IEnumerable<int> Find(byte[] data, byte[] pattern)
    {
        var offset = 0;
        while (true)
        {
            var found = data.AsSpan(offset).IndexOf(pattern);
            if (found < 0)
                yield break;
            yield return offset + found;
            offset += found + pattern.Length;
        }
    }

    static bool LooksLikeUuid(byte[] pdf, int start) =>
        start + UuidLength <= pdf.Length && pdf[start + 8] == '-' && pdf[start + 13] == '-' && pdf[start + 18] == '-' && pdf[start + 23] == '-';

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

    static string Uuid(byte[] hash, int index)
    {
        var bytes = SHA256.HashData([.. hash, (byte)index]);
        var h = Convert.ToHexString(bytes).ToLowerInvariant();
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }
}
