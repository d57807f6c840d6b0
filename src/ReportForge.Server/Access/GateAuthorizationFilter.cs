using Hangfire.Dashboard;

namespace ReportForge.Server.Access;

/// <summary>The dashboard lets through exactly what <see cref="AccessGate"/> let through.</summary>
internal sealed class GateAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().Items.TryGetValue(AccessGate.GrantedKey, out var granted) && granted is true;
}
