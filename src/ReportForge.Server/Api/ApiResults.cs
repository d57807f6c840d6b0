using Microsoft.AspNetCore.Http;
using ReportForge.Core;

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
}
