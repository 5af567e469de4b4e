using WatchBot.Http.Health;
using WatchBot.Platform.Sockets;

namespace WatchBot.Discord.Gateway;

/// <summary>Ready when every gateway shard got READY or RESUMED on its current connection.</summary>
internal sealed class GatewayReadiness(IDiscordGateway gateway) : IReadinessCheck
{
    public string Name => "discord";

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(gateway.Status == SocketStatus.Connected);
}
