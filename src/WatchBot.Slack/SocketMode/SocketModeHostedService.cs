using Microsoft.Extensions.Hosting;

namespace WatchBot.Slack.SocketMode;

/// <summary>Runs the <see cref="ISocketModeClient"/> for the host's lifetime.</summary>
public sealed class SocketModeHostedService(ISocketModeClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
