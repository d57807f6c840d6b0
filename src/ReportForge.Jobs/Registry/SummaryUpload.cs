using Microsoft.AspNetCore.Http;
using ReportForge.Core;

namespace ReportForge.Jobs.Registry;

/// <summary>Registers an uploaded summary (dashboard form or <c>POST /api/sources</c>): size-limited, parsed before it is accepted.</summary>
public static class SummaryUpload
{
    /// <exception cref="InputException">No file, too large, or not a summary; nothing was registered.</exception>
    public static async Task<SourceEntry> RegisterAsync(SourceRegistry sources, IFormFile? file, string? sourceId, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new InputException("file", "choose a summary to upload (the official PDF or its text)");
        if (file.Length > maxBytes)
            throw new InputException(file.FileName, $"{file.Length} bytes is more than the {maxBytes} bytes an upload may carry");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return sources.Register(file.FileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceId);
    }
}
