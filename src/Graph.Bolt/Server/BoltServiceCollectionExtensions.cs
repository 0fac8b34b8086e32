using Microsoft.Extensions.DependencyInjection;

namespace Graph.Bolt.Server;

/// <summary>Registers the Bolt server; Kestrel then serves it with listenOptions.UseConnectionHandler&lt;BoltConnectionHandler&gt;().</summary>
public static class BoltServiceCollectionExtensions
{
    public static IServiceCollection AddBolt(this IServiceCollection services, Action<BoltServerOptions>? configure = null)
    {
        services.AddOptions<BoltServerOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.AddSingleton<BoltServerMetrics>();
        services.AddSingleton<BoltConnectionHandler>();
        return services;
    }
}
