using Microsoft.AspNetCore.Http;
using ReportForge.Core;
using ReportForge.Jobs;

namespace ReportForge.Server.Api;

/// <summary>How the API answers bad input: 400 with the clear message, never a stack trace.</summary>
internal static class ApiResults
{
    public static IResult BadInput(InputException e) => Results.Json(new { error = e.Message }, statusCode: StatusCodes.Status400BadRequest);

    public static async Task<IResult> RunAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (InputException e)
        {
            return BadInput(e);
        }
    }

    public static IResult Run(Func<IResult> action)
    {
        try
        {
            return action();
        }
        catch (InputException e)
        {
            return BadInput(e);
        }
    }

    /// <summary>
    /// An upload's common path: multipart form data only (else 400 saying <paramref name="expected"/>), 413 over
    /// the size limit before anything is read, then <paramref name="register"/> on the form, its bad input as 400.
    /// </summary>
    public static async Task<IResult> UploadAsync(HttpRequest request, JobsSettings settings, string expected, Func<IFormCollection, Task<IResult>> register)
    {
        if (!request.HasFormContentType)
            return BadInput(new InputException("request", expected));
        if (request.ContentLength > settings.MaxUploadBytes + 64 * 1024)
            return Results.Json(new { error = $"the upload is larger than {settings.MaxUploadBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
        return await RunAsync(async () => await register(await request.ReadFormAsync(request.HttpContext.RequestAborted)));
    }
}
