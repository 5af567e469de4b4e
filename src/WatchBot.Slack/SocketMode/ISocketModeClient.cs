using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Slack's Socket Mode transport: keeps one WebSocket to Slack open (a fresh URL for every
/// reconnect), hands every envelope to the <see cref="ISocketModeEnvelopeHandler"/> and acks it.
/// </summary>
public interface ISocketModeClient
{
    SocketStatus Status { get; }

    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> is cancelled or Slack disables Socket Mode for
    /// the app (<c>link_disabled</c>). Never throws for network or handler failures: it reconnects.
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken);
}
