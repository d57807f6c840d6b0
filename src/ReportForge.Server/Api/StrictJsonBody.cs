using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportForge.Core;

namespace ReportForge.Server.Api;

/// <summary>
/// Reads a JSON request body strictly: a field the API does not know is refused by name (a typo such
/// as <c>kind</c> for <c>kinds</c> must not quietly render everything), and malformed JSON is refused
/// saying where.
/// </summary>
internal static class StrictJsonBody
{
    private const string Body = "request body";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <exception cref="InputException">Empty, malformed, not an object, an unknown field or a value of the wrong type.</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request, IReadOnlyList<string> fields)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length == 0) throw new InputException(Body, "is empty; send a JSON object");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new InputException(Body, $"malformed JSON at line {Line(e)}, column {Column(e)}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InputException(Body, $"must be a JSON object with the fields {string.Join(", ", fields)}");
            var unknown = document.RootElement.EnumerateObject().Select(p => p.Name)
                .Where(name => !fields.Contains(name, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
                throw new InputException(Body,
                    $"unknown field{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; the fields are {string.Join(", ", fields)}");
            try
            {
                return document.RootElement.Deserialize<T>(Options)
                    ?? throw new InputException(Body, "must be a JSON object");
            }
            catch (JsonException e)
            {
                var field = e.Path is { Length: > 2 } path ? path[2..] : "a field";
                throw new InputException(Body, $"'{field}' has the wrong type: {Expected(field)}");
            }
        }
    }

    private static string Expected(string field) =>
        field.StartsWith("force", StringComparison.OrdinalIgnoreCase) ? "expected true or false"
        : field.StartsWith("source", StringComparison.OrdinalIgnoreCase) ? "expected a string"
        : "expected a list of strings";

    private static int Line(JsonException e) => (int)(e.LineNumber ?? 0) + 1;

    private static int Column(JsonException e) => (int)(e.BytePositionInLine ?? 0) + 1;
}
