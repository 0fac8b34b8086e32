namespace Graph.Bolt.Messages;

/// <summary>ROUTE (4.3+): asks for the routing table of a database. Immutable.</summary>
public sealed record RouteMessage(IReadOnlyDictionary<string, object?> Routing, IReadOnlyList<string> Bookmarks, string? Database, string? ImpersonatedUser) : BoltRequest(MessageSignature.Route);
