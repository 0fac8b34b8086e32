namespace Graph.Bolt.Messages;

/// <summary>TELEMETRY (5.4+): which driver API the client used (0-3). Immutable.</summary>
public sealed record TelemetryMessage(long Api) : BoltRequest(MessageSignature.Telemetry);
