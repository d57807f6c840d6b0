using Microsoft.Extensions.DependencyInjection;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Outputs;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs;

/// <summary>Registers what the jobs and the dashboard pages resolve.</summary>
public static class JobsServices
{
    public static IServiceCollection AddReportForgeJobs(this IServiceCollection services, BriefWorkspace workspace, JobsSettings settings)
    {
        services.AddSingleton(workspace);
        services.AddSingleton(settings);
        services.AddSingleton<OutputCatalog>();
        services.AddSingleton<BriefSubmission>();
        services.AddSingleton<RequestFailureFilter>();
        services.AddTransient<RenderRequestJob>();
        services.AddTransient<RenderArtifactJob>();
        services.AddTransient<AssembleRequestJob>();
        services.AddTransient<RegenerateAllJob>();
        return services;
    }
}
