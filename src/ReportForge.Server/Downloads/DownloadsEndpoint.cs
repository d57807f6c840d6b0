using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using ReportForge.Jobs.Outputs;

namespace ReportForge.Server.Downloads;

/// <summary>
/// <c>GET /outputs/{source}/{path}</c>: serves a file only when its source's manifest lists it and it
/// lies inside that source's folder (or its rows, when artifacts are in PostgreSQL). Anything else (traversal, <c>.partial</c> files, the lock file,
/// the registry) is simply not found.
/// </summary>
internal static class DownloadsEndpoint
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(OutputLinks.Prefix + "/{source}/{**path}", (string source, string path, OutputCatalog catalog) =>
        {
            if (catalog.Find(source, path) is not { } file) return Results.NotFound();
            var name = Path.GetFileName(file.Entry.Path);
            var type = ContentTypes.TryGetContentType(name, out var known) ? known : "application/octet-stream";
            return Results.Stream(catalog.Open(file), type, name, new DateTimeOffset(file.LastWriteUtc, TimeSpan.Zero), enableRangeProcessing: true);
        });
    }
}
