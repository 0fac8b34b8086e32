using System.Globalization;

namespace Graph.Bolt.Client;

/// <summary>
/// What a Bolt URI says: bolt:// (direct) or neo4j:// (routing), "+s" for TLS with certificate checks,
/// "+ssc" for TLS accepting self-signed certificates; host:port (default port 7687); user:pass. Immutable.
/// </summary>
public sealed record BoltEndpoint(string Address, bool Routing, bool Encrypted, bool TrustAnyCertificate, string? User,
    string? Password, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public const int DefaultPort = 7687;

    public static BoltEndpoint Parse(Uri uri)
    {
        var (routing, encrypted, trustAny) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, false, false),
            "bolt+s" => (false, true, false),
            "bolt+ssc" => (false, true, true),
            "neo4j" => (true, false, false),
            "neo4j+s" => (true, true, false),
            "neo4j+ssc" => (true, true, true),
            _ => throw new ArgumentException($"Unsupported scheme '{uri.Scheme}': use bolt://, bolt+s://, neo4j:// or neo4j+s://.",
                nameof(uri)),
        };
        var port = uri.IsDefaultPort || uri.Port <= 0 ? DefaultPort : uri.Port;
        var host = uri.Host.Contains(':', StringComparison.Ordinal) ? "[" + uri.Host + "]" : uri.Host;
        var address = host + ":" + port.ToString(CultureInfo.InvariantCulture);
        string? user = null, password = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
        }
        // The routing context is the URI query plus the address dialled (bolt.md §9).
        var context = new Dictionary<string, object?> { ["address"] = address };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            context[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return new BoltEndpoint(address, routing, encrypted, trustAny, user, password, context);
    }

    public static (string Host, int Port) SplitAddress(string address)
    {
        var colon = address.LastIndexOf(':');
        if (colon < 0)
        {
            return (address, DefaultPort);
        }
        var host = address[..colon].Trim('[', ']');
        return (host, int.Parse(address[(colon + 1)..], CultureInfo.InvariantCulture));
    }
}
