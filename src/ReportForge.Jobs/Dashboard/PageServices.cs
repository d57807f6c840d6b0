using System.Net;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ReportForge.Jobs.Dashboard;

/// <summary>What the ReportForge dashboard pages take from the request: services and the antiforgery field.</summary>
internal static class PageServices
{
    public static HttpContext Http(DashboardContext context) => context.GetHttpContext();

    public static T Get<T>(DashboardContext context) where T : notnull =>
        Http(context).RequestServices.GetRequiredService<T>();

    /// <summary>The hidden antiforgery field every form carries; the dashboard checks it on every POST.</summary>
    public static string AntiforgeryField(DashboardContext context)
    {
        var http = Http(context);
        var antiforgery = http.RequestServices.GetService<IAntiforgery>();
        if (antiforgery is null) return "";
        var tokens = antiforgery.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>"1.2 MB", "3.4 kB", "512 B".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " kB",
        _ => bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " B",
    };
}
