using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using ReportForge.Server.Hosting;

namespace ReportForge.Server.Access;

/// <summary>
/// Decides who is answered, in front of the dashboard, the API and the downloads (only
/// <c>/health</c> is open). Without credentials configured: requests from this machine only.
/// With credentials: every request presents them (basic authentication or the API key).
/// Cross-site POSTs to the API are refused, so a web page cannot make a browser submit for it.
/// </summary>
public sealed class AccessGate(RequestDelegate next, AccessSettings settings)
{
    /// <summary>Set on requests the gate let through; the dashboard's authorization filter checks it.</summary>
    public const string GrantedKey = "ReportForge.AccessGranted";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context);
            return;
        }
        if (!HasAllowedHost(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await context.Response.WriteAsync("ReportForge: this server does not answer for that host name; " +
                "use localhost or 127.0.0.1, or add the name to ReportForge:Access:AllowedHosts.\n");
            return;
        }
        if (!IsAllowed(context, out var refusal))
        {
            context.Response.StatusCode = refusal;
            if (refusal == StatusCodes.Status401Unauthorized && settings.HasBasic)
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"ReportForge\", charset=\"UTF-8\"";
            await context.Response.WriteAsync(refusal == StatusCodes.Status401Unauthorized
                ? "ReportForge: credentials required.\n"
                : "ReportForge answers only requests from this machine unless credentials are configured (ReportForge:Access).\n");
            return;
        }
        if (IsCrossSiteApiWrite(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("ReportForge: cross-site requests are refused.\n");
            return;
        }
        context.Items[GrantedKey] = true;
        await next(context);
    }

    /// <summary>Without credentials, or with names configured, only known <c>Host</c> names are answered.</summary>
    private bool HasAllowedHost(HttpRequest request)
    {
        if (settings.IsConfigured && settings.AllowedHosts.Count == 0) return true;
        return request.Host.HasValue && HostNames.IsAllowed(request.Host.Host, settings.AllowedHosts);
    }

    private bool IsAllowed(HttpContext context, out int refusal)
    {
        if (!settings.IsConfigured)
        {
            refusal = StatusCodes.Status403Forbidden;
            return IsLocal(context);
        }
        refusal = StatusCodes.Status401Unauthorized;
        return HasApiKey(context.Request) || HasBasicCredentials(context.Request);
    }

    /// <summary>
    /// From this machine: the connection comes from 127.0.0.1 or ::1, and carries no forwarding header
    /// (a proxy on this machine would make every remote client look local).
    /// </summary>
    public static bool IsLocal(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        var loopback = remote.Equals(IPAddress.Loopback) || remote.Equals(IPAddress.IPv6Loopback);
        var headers = context.Request.Headers;
        return loopback && !headers.ContainsKey("X-Forwarded-For") && !headers.ContainsKey("Forwarded") && !headers.ContainsKey("X-Real-IP");
    }

    private bool HasApiKey(HttpRequest request) =>
        settings.HasApiKey && request.Headers.TryGetValue("X-Api-Key", out var key) && SameText(key.ToString(), settings.ApiKey!);

    private bool HasBasicCredentials(HttpRequest request)
    {
        if (!settings.HasBasic) return false;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return false;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':');
        // both halves are compared, whatever the first gives, so timing tells nothing
        return colon > 0 & SameText(decoded[..colon], settings.Username!) & SameText(decoded[(colon + 1)..], settings.Password!);
    }

    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static bool IsCrossSiteApiWrite(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.TryGetValue("Sec-Fetch-Site", out var site) && site.ToString() is "cross-site" or "same-site") return true;
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
