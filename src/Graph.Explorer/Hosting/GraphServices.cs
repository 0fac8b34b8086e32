using Graph.Core;
using Graph.Explorer.Queries;
using Graph.Explorer.Results;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Explorer.Hosting;

/// <summary>The services every face of the executable shares (web host and CLI verbs alike).</summary>
public static class GraphServices
{
    public static IServiceCollection AddShanhaiGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExplorerOptions>().Bind(configuration.GetSection(ExplorerOptions.Section));
        services.AddSingleton<IGraphDatabase>(provider =>
            GraphDatabaseFactory.Create(provider.GetRequiredService<IOptions<ExplorerOptions>>().Value));
        services.AddSingleton<QueryStreamer>();
        services.AddSingleton<QueryLibrary>();
        services.AddSingleton<SeedInitializer>();
        return services;
    }
}
