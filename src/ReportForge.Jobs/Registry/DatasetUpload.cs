using Microsoft.AspNetCore.Http;
using ReportForge.Core;

namespace ReportForge.Jobs.Registry;

/// <summary>
/// Registers an uploaded recommendations dataset (dashboard form or <c>POST /api/datasets</c>): fields <c>source</c>,
/// <c>file</c>, optional <c>id</c> and <c>anyCountry</c>; size-limited, read before it is accepted.
/// </summary>
public static class DatasetUpload
{
    /// <exception cref="InputException">No source or file, too large, not a dataset, or about another State; nothing was registered.</exception>
    public static async Task<DatasetEntry> RegisterAsync(DatasetRegistry datasets, IFormCollection form, long maxBytes, CancellationToken cancellationToken)
    {
        var source = form["source"].ToString().Trim();
        if (source.Length == 0) throw new InputException("source", "choose the summary the dataset belongs to");
        var file = form.Files["file"];
        if (file is null || file.Length == 0)
            throw new InputException("file", "choose a recommendations dataset to upload (a UPR Info CSV export or an OHCHR thematic list .docx)");
        if (file.Length > maxBytes)
            throw new InputException(file.FileName, $"{file.Length} bytes is more than the {maxBytes} bytes an upload may carry");
        var anyCountry = form["anyCountry"].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || v == "on");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return datasets.Register(source, file.FileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), form["id"].ToString(), anyCountry);
    }
}
