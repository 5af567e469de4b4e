using Microsoft.Extensions.Logging;
using WatchBot.Platform.Sockets;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Socket Mode's side of the reconnecting host: open (fresh URL, handshake, hello), serve until the
/// connection ends, then judge why. Planned refreshes (<c>warning</c>, <c>refresh_requested</c>) keep
/// the old connection serving until the next one has opened, so nothing is missed; a connection that
/// stayed up <see cref="SocketModeOptions.StableConnectionAfter"/> counts as healthy;
/// <c>link_disabled</c> is fatal.
/// </summary>
internal sealed partial class SocketModeProtocol(
    ISocketModeUrlSource urlSource,
    SocketModeEnvelopeDispatcher dispatcher,
    SocketModeOptions options,
    TimeProvider time,
    ILogger logger) : ISocketProtocol
{
    private readonly List<Task> _leaving = [];
    private SocketModeConnection? _current;
    private int _connectionIds;

    public async Task<SocketOutcome> RunConnectionAsync(SocketAttempt attempt, CancellationToken stopping)
    {
        _leaving.RemoveAll(task => task.IsCompleted);
        var next = await TryOpenAsync(attempt, stopping);
        if (next is null)
        {
            return SocketOutcome.Reconnect;
        }

        // Open the new connection first, then leave the old one (after its acks are out).
        if (_current is not null)
        {
            _leaving.Add(_current.CloseAsync());
        }

        _current = next;
        var end = await _current.Ended.WaitAsync(stopping);
        var stable = _current.ReadyAt is { } ready && time.GetUtcNow() - ready >= options.StableConnectionAfter;
        if (end.Reason == SocketModeDisconnectReasons.LinkDisabled)
        {
            SocketModeLog.LinkDisabled(logger);
            return new SocketOutcome(SocketNext.Fatal, stable);
        }

        return await ReactAsync(_current, end, stable, attempt);
    }

    public void OnWaiting(TimeSpan delay, int failures)
    {
        // Each end already said how long until the next attempt, in its own log line.
    }

    public void OnConnectionFailed(Exception exception, TimeSpan retryDelay) =>
        SocketModeLog.LoopFailed(logger, exception, retryDelay);

    /// <summary>Leaves the current connection and waits for every connection being left (on stop).</summary>
    public async Task LeaveAsync()
    {
        if (_current is not null)
        {
            _leaving.Add(_current.CloseAsync());
            _current = null;
        }

        await Task.WhenAll(_leaving);
    }

    /// <summary>
    /// After a connection ended (other than <c>link_disabled</c>): what the host does next, logged
    /// with the wait it will apply. Only a planned refresh keeps the old connection serving meanwhile.
    /// </summary>
    private async Task<SocketOutcome> ReactAsync(SocketModeConnection connection, SocketModeConnectionEnd end, bool stable, SocketAttempt attempt)
    {
        var planned = stable ? TimeSpan.Zero : attempt.RetryDelay;
        var backoff = stable ? attempt.FreshDelay : attempt.RetryDelay;
        switch (end.Reason)
        {
            case null:
                SocketModeLog.Dropped(logger, connection.Id, backoff);
                _current = null;
                await connection.DisposeAsync();
                return new SocketOutcome(SocketNext.ReconnectAfterBackoff, stable);
            case SocketModeDisconnectReasons.TooManyWebsockets:
                // Slack counts this one against us: close it before trying again.
                SocketModeLog.ReconnectRequested(logger, connection.Id, end.Reason, backoff);
                _current = null;
                await connection.CloseAsync();
                return new SocketOutcome(SocketNext.ReconnectAfterBackoff, stable);
            default:
                // warning, refresh_requested, or a reason we do not know: Slack still serves this
                // connection for a while, so keep it until the new one says hello.
                SocketModeLog.ReconnectRequested(logger, connection.Id, end.Reason, planned);
                return new SocketOutcome(SocketNext.Reconnect, stable);
        }
    }
}
