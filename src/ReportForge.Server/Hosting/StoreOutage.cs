using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace ReportForge.Server.Hosting;

/// <summary>
/// The API while the shared database restarts or fails over: a read is tried again (a pooled
/// connection from before the restart fails on first use), and what still fails is answered 503 with
/// the reason and a <c>Retry-After</c>, never a 500.
/// </summary>
internal sealed class StoreOutage(RequestDelegate next)
{
    public const string Message = "the job store is unavailable (its database is restarting or unreachable); try again in a few seconds";
    private const int Attempts = 3;

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted)
            {
                if (isRead && attempt < Attempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(300 * attempt), context.RequestAborted);
                    continue;
                }
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "5";
                await context.Response.WriteAsJsonAsync(new { error = Message }, context.RequestAborted);
                return;
            }
        }
    }

    /// <summary>A lost or refused database connection, anywhere in the chain (Hangfire wraps it).</summary>
    internal static bool IsOutage(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is NpgsqlException { IsTransient: true } or PostgresException { SqlState: ['0', '8', ..] or ['5', '7', 'P', ..] }
                or SocketException or TimeoutException)
                return true;
        return false;
    }
}
