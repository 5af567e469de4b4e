using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>
/// A Discord gateway connection that delivers INTERACTION_CREATE to <see cref="IGatewayInteractionHandler"/>.
/// WatchBot's own WebSocket client implements it; a library's client could stand in for it.
/// </summary>
public interface IDiscordGateway
{
    /// <summary>Connected once every shard is READY or RESUMED (for <c>/healthz/ready</c>).</summary>
    SocketStatus Status { get; }

    /// <summary>
    /// Connects every configured shard and keeps them connected (resume, reconnect, re-identify)
    /// until <paramref name="cancellationToken"/> fires, or until Discord refuses a shard with a
    /// close code that must not be retried, which stops all shards.
    /// </summary>
    Task<GatewayStopped> RunAsync(CancellationToken cancellationToken);
}
