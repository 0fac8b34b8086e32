using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Core;
using Microsoft.Extensions.Logging;

namespace Graph.Bolt.Server;

// HELLO, LOGON, LOGOFF (bolt.md §4.1-4.2). Up to 5.0 the credentials ride in HELLO; from 5.1 in LOGON.
internal sealed partial class BoltServerConnection
{
    private string? _user;

    private async Task<bool> HelloAsync(HelloMessage hello, CancellationToken ct)
    {
        var metadata = new Dictionary<string, object?>
        {
            ["server"] = _options.ServerAgent,
            ["connection_id"] = _id,
            ["hints"] = new Dictionary<string, object?>(),
        };
        if (_version.Major == 4 && hello.Extra.GetValueOrDefault("patch_bolt") is IReadOnlyList<object?> patches
            && patches.Contains("utc"))
        {
            _writer.Packer.Format = PackStreamFormat.Bolt44Utc;
            metadata["patch_bolt"] = new List<object?> { "utc" };
        }
        _logger.LogDebug("{Connection}: HELLO from {Agent}", _id, hello.Extra.GetValueOrDefault("user_agent"));
        if (!_version.HasLogon && !await AuthenticateAsync(hello.Extra, ct).ConfigureAwait(false))
        {
            return false;
        }
        MessageEncoder.Success(_writer, metadata);
        _state = _version.HasLogon ? ServerState.Authentication : ServerState.Ready;
        return true;
    }

    private async Task<bool> LogonAsync(LogonMessage logon, CancellationToken ct)
    {
        if (!await AuthenticateAsync(logon.Auth, ct).ConfigureAwait(false))
        {
            return false;
        }
        MessageEncoder.Success(_writer);
        _state = ServerState.Ready;
        return true;
    }

    private Task<bool> LogoffAsync(CancellationToken ct)
    {
        _user = null;
        MessageEncoder.Success(_writer);
        _state = ServerState.Authentication;
        return Task.FromResult(true);
    }

    /// <summary>Checks the auth token; on refusal answers FAILURE Unauthorized, after which the connection closes.</summary>
    private async Task<bool> AuthenticateAsync(IReadOnlyDictionary<string, object?> token, CancellationToken ct)
    {
        var scheme = token.GetValueOrDefault("scheme") as string;
        var principal = token.GetValueOrDefault("principal") as string;
        if (_options.AuthenticationDisabled)
        {
            _user = principal ?? "anonymous";
            return true;
        }
        if (scheme == "basic" && principal is not null && token.GetValueOrDefault("credentials") is string password
            && _options.Users.TryGetValue(principal, out var hash) && PasswordHasher.Verify(password, hash))
        {
            _user = principal;
            _logger.LogDebug("{Connection}: authenticated as {User}", _id, principal);
            return true;
        }
        _logger.LogWarning("{Connection} from {Remote}: authentication failed for {User} (scheme {Scheme})", _id,
            _connection.RemoteEndPoint, principal, scheme);
        MessageEncoder.Failure(_writer, FailureMetadata.Build(new GraphException(StatusCodes.Unauthorized,
            "The client is unauthorized due to authentication failure."), _version, null));
        _state = ServerState.Defunct;
        await FlushAsync(ct).ConfigureAwait(false);
        return false;
    }
}
