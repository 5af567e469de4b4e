using WatchBot.Http.Health;
using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

/// <summary>Ready when the Socket Mode connection said hello and receives.</summary>
internal sealed class SocketModeReadiness(ISocketModeClient client) : IReadinessCheck
{
    public string Name => "slack";

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Task.FromResult(client.Status == SocketStatus.Connected);
}
