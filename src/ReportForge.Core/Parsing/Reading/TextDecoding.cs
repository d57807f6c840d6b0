using System.Buffers;
using System.Globalization;
using System.Text;
using ReportForge.Core.Model;

namespace ReportForge.Core.Parsing.Reading;

/// <summary>A decoded text and the bytes that could not be decoded, by line and column.</summary>
public sealed record DecodedText(string Text, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Decodes a summary's bytes: a byte-order mark decides; otherwise UTF-8. A few invalid sequences in
/// otherwise valid UTF-8 are replaced (U+FFFD) and reported; Windows-1252 (what Word saves as "plain
/// text" on Western Windows) is chosen only when the text as a whole is not UTF-8.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Utf8(bytes.AsSpan(3));
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return new(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), []);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return new(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), []);
        try
        {
            return new(StrictUtf8.GetString(bytes), []);
        }
        catch (DecoderFallbackException)
        {
            var utf8 = Utf8(bytes);
            // Windows-1252 text almost never holds a valid multi-byte UTF-8 sequence; UTF-8 with a stray
            // byte holds many more valid sequences than broken ones.
            return utf8.Problems.Count < MultiByteSequences(bytes)
                ? utf8
                : new(Encoding.GetEncoding(1252).GetString(bytes), []);
        }
    }

    /// <summary>UTF-8 with each invalid sequence replaced by U+FFFD and reported where it stands.</summary>
    private static DecodedText Utf8(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var problems = new List<Diagnostic>();
        int line = 1, column = 1;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Warning, line, column,
                    $"invalid UTF-8 ({Hex(bytes[..consumed])}) replaced with \uFFFD"));
            }
            text.Append(rune.ToString());
            if (rune.Value == '\n') (line, column) = (line + 1, 1);
            else column += rune.Utf16SequenceLength;
            bytes = bytes[consumed..];
        }
        return new(text.ToString(), problems);
    }

    private static int MultiByteSequences(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out _, out var consumed) == OperationStatus.Done && consumed > 1) count++;
            bytes = bytes[consumed..];
        }
        return count;
    }

    private static string Hex(ReadOnlySpan<byte> bytes) =>
        string.Join(' ', bytes.ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
}
