using System.Text;

namespace ReportForge.Matching.Datasets;

/// <summary>One CSV record and the line it starts on.</summary>
internal readonly record struct CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 records: fields separated by commas, "quoted" when they hold commas, quotes ("") or line breaks.
/// Hand-written and linear, like the summary parser.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Thrown text problems carry the line they start on.</summary>
    public sealed class MalformedException(int line, string problem) : Exception(problem)
    {
        public int Line { get; } = line;
    }

    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var anyChar = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    anyChar = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    anyChar = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (anyChar || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(start, fields.ToArray());
                    }
                    fields.Clear();
                    field.Clear();
                    anyChar = false;
                    line++;
                    start = line;
                    break;
                default:
                    field.Append(ch);
                    anyChar = true;
                    break;
            }
        }
        if (quoted) throw new MalformedException(start, "a quoted field is never closed");
        if (anyChar || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields.ToArray());
        }
    }
}
