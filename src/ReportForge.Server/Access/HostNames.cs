namespace ReportForge.Server.Access;

/// <summary>
/// The <c>Host</c> names a server without credentials answers: a page on another site that points
/// its own name at 127.0.0.1 (DNS rebinding) sends its own name, and is turned away.
/// </summary>
public static class HostNames
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>True when <paramref name="host"/> (without port) is a loopback name or one of <paramref name="configured"/>.</summary>
    public static bool IsAllowed(string host, IReadOnlyList<string> configured)
    {
        var name = host.TrimEnd('.');
        return Loopback.Contains(name, StringComparer.OrdinalIgnoreCase)
            || configured.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The comma- or space-separated names of <c>ReportForge:Access:AllowedHosts</c>.</summary>
    public static IReadOnlyList<string> Parse(string? setting) =>
        (setting ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
