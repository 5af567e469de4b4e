using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Runs the <see cref="ISocketModeClient"/> for the host's lifetime. <c>link_disabled</c> stops only
/// Slack (logged as critical by the client): the HTTP side and other platforms keep working.
/// </summary>
public sealed class SocketModeHostedService(
    ISocketModeClient client,
    IHostApplicationLifetime lifetime,
    ILogger<SocketModeHostedService> logger) : SocketHostedService(lifetime)
{
    protected override async Task<SocketOutcome?> RunSocketsAsync(CancellationToken stoppingToken)
    {
        await client.RunAsync(stoppingToken);
        return null;
    }

    protected override bool StopsHostOn(SocketOutcome fatal) => false;

    protected override void OnCrashed(Exception exception) => SocketModeLog.Crashed(logger, exception);
}
