using System.Net;
using Graph.Bolt.Server;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Graph.Explorer.Hosting;

/// <summary>
/// Kestrel's listeners: the HTTP addresses of the "urls" setting, plus Bolt (Graph.Bolt's connection
/// handler, so Neo4j drivers and tools reach the same database) on Shanhai:BoltPort when it is not 0.
/// Kestrel ignores "urls" as soon as any listener is configured in code, so with Bolt on the HTTP
/// addresses are bound here too. Only http:// addresses are supported.
/// </summary>
public static class KestrelEndpoints
{
    public static void Configure(KestrelServerOptions kestrel, string urls, int boltPort, bool boltOnly = false)
    {
        if (boltPort == 0)
        {
            if (boltOnly)
            {
                throw new ArgumentException("--bolt-only needs a Bolt port; --bolt-port 0 turns Bolt off.");
            }
            return;
        }
        // With --bolt-only no HTTP listener is bound: drivers and tools reach the graph, browsers do not.
        foreach (var url in boltOnly ? [] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ListenHttp(kestrel, BindingAddress.Parse(url));
        }
        kestrel.Listen(IPAddress.Loopback, boltPort, listen => listen.UseConnectionHandler<BoltConnectionHandler>());
    }

    private static void ListenHttp(KestrelServerOptions kestrel, BindingAddress address)
    {
        if (!string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"Only http:// addresses can be served beside Bolt, not '{address}'.");
        }
        if (string.Equals(address.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(address.Port);
        }
        else if (IPAddress.TryParse(address.Host, out var ip))
        {
            kestrel.Listen(ip, address.Port);
        }
        else
        {
            kestrel.ListenAnyIP(address.Port);
        }
    }
}
