using System.Globalization;
using System.Text;
using ReportForge.Core;
using ReportForge.Core.Model;

namespace ReportForge.Matching.Datasets;

/// <summary>
/// The UPR Info database export: <c>To, To-Rgrp, To-Org, Text, From, From-Rgrp, From-Org, Response, Action,
/// Issue, Session</c>, one row per recommendation and recommending State.
/// </summary>
public static class UprInfoCsvReader
{
    public const string Format = "UPR Info CSV";
    private static readonly string[] Required = ["To", "Text", "From", "Response", "Action", "Issue", "Session"];

    public static RecommendationDataset Read(string path)
    {
        var name = Path.GetFileName(path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        return Read(reader, name);
    }

    public static RecommendationDataset Read(TextReader reader, string name)
    {
        try
        {
            return ReadRecords(CsvRecords.Read(reader), name);
        }
        catch (CsvRecords.MalformedException e)
        {
            throw new InputException(name, e.Line, 0, e.Message);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(name, "is not UTF-8 text (a UPR Info export is a UTF-8 CSV)", e);
        }
    }

    private static RecommendationDataset ReadRecords(IEnumerable<CsvRecord> records, string name)
    {
        using var rows = records.GetEnumerator();
        if (!rows.MoveNext()) throw new InputException(name, "is empty (expected a UPR Info export with a header row)");
        var columns = Columns(rows.Current, name);
        var recommendations = new List<StateRecommendation>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Fields.Count != columns.Width)
                throw new InputException(name, row.Line, 0, $"row has {row.Fields.Count} fields, the header has {columns.Width}");
            recommendations.Add(Recommendation(row, columns, name));
        }
        if (recommendations.Count == 0) throw new InputException(name, "has a header but no recommendations");
        var countries = recommendations.Select(r => r.Country).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new RecommendationDataset(name, Format, countries, recommendations);
    }

    private sealed record ColumnMap(int Width, IReadOnlyDictionary<string, int> Index)
    {
        public string Get(CsvRecord row, string column) => row.Fields[Index[column]].Trim();
    }

    private static ColumnMap Columns(CsvRecord header, string name)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Count; i++) index.TryAdd(header.Fields[i].Trim().TrimStart('\uFEFF'), i);
        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new InputException(name, header.Line, 0,
                $"not a UPR Info export: the header lacks {string.Join(", ", missing)}");
        return new ColumnMap(header.Fields.Count, index);
    }

    private static StateRecommendation Recommendation(CsvRecord row, ColumnMap columns, string name)
    {
        var text = columns.Get(row, "Text");
        var to = columns.Get(row, "To");
        var from = columns.Get(row, "From");
        if (text.Length == 0) throw new InputException(name, row.Line, 0, "the Text column is empty");
        if (to.Length == 0) throw new InputException(name, row.Line, 0, "the To column (the State under review) is empty");
        var responseText = columns.Get(row, "Response");
        if (!ResponseText.TryParse(responseText, out var response))
            throw new InputException(name, row.Line, 0, $"Response '{responseText}' is neither Accepted nor Noted");
        return new StateRecommendation(
            Id: $"row {row.Line}",
            Text: text,
            States: from.Length == 0 ? [] : [StateNames.Canonical(from)],
            Response: response,
            Country: to,
            Session: Session(columns.Get(row, "Session"), row.Line, name),
            Themes: columns.Get(row, "Issue").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            AffectedPersons: [],
            Action: Action(columns.Get(row, "Action"), row.Line, name),
            Source: $"{name} row {row.Line}");
    }

    private static int? Session(string text, int line, string name)
    {
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var session) && session > 0) return session;
        throw new InputException(name, line, 0, $"Session '{text}' is not a session number");
    }

    private static ActionCategory? Action(string text, int line, string name)
    {
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var action) && action is >= 1 and <= 5)
            return (ActionCategory)action;
        throw new InputException(name, line, 0, $"Action '{text}' is not a category from 1 to 5");
    }
}
