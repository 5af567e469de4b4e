using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WatchBot.Slack.SocketMode;

/// <summary>
/// The Socket Mode loop: open (fresh URL, handshake, hello), serve until the connection ends, then
/// act on why it ended. Planned refreshes (<c>warning</c>, <c>refresh_requested</c>) open the new
/// connection before leaving the old one, so nothing is missed; failures back off with jitter;
/// <c>link_disabled</c> stops for good.
/// </summary>
public sealed partial class SocketModeClient : ISocketModeClient
{
    private readonly ISocketModeUrlSource _urlSource;
    private readonly SocketModeEnvelopeDispatcher _dispatcher;
    private readonly SocketModeOptions _options;
    private readonly TimeProvider _time;
    private readonly ISocketModeJitter _jitter;
    private readonly ILogger<SocketModeClient> _logger;
    private int _connectionIds;
    private volatile SocketModeStatus _status;

    public SocketModeClient(
        ISocketModeUrlSource urlSource,
        ISocketModeEnvelopeHandler handler,
        IOptions<SocketModeOptions> options,
        TimeProvider time,
        ISocketModeJitter jitter,
        ILogger<SocketModeClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _urlSource = urlSource;
        _options = options.Value;
        _time = time;
        _jitter = jitter;
        _logger = logger;
        _dispatcher = new SocketModeEnvelopeDispatcher(handler, options, time, logger);
    }

    public SocketModeStatus Status => _status;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        SocketModeConnection? current = null;
        var leaving = new List<Task>();
        var failures = 0;
        var delay = TimeSpan.Zero;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, cancellationToken);
                }

                leaving.RemoveAll(task => task.IsCompleted);
                try
                {
                    var retry = BackoffAfter(failures);
                    var next = await TryOpenAsync(failures, retry, cancellationToken);
                    if (next is null)
                    {
                        delay = retry;
                        failures++;
                        continue;
                    }

                    // Open the new connection first, then leave the old one (after its acks are out).
                    if (current is not null)
                    {
                        leaving.Add(current.CloseAsync());
                    }

                    current = next;
                    var end = await current.Ended.WaitAsync(cancellationToken);
                    var stable = current.ReadyAt is { } ready && _time.GetUtcNow() - ready >= _options.StableConnectionAfter;
                    if (stable)
                    {
                        failures = 0;
                    }

                    if (end.Reason == SocketModeDisconnectReasons.LinkDisabled)
                    {
                        SocketModeLog.LinkDisabled(_logger);
                        return;
                    }

                    (delay, current) = await ReactAsync(current, end, stable ? TimeSpan.Zero : BackoffAfter(failures));
                    if (!stable)
                    {
                        failures++;
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // A bug of ours must not end Slack for this process: log it, back off, go on.
                    delay = BackoffAfter(failures++);
                    SocketModeLog.LoopFailed(_logger, ex, delay);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _status = SocketModeStatus.Stopped;
            if (current is not null)
            {
                leaving.Add(current.CloseAsync());
            }

            await Task.WhenAll(leaving);
            SocketModeLog.Stopped(_logger);
        }
    }

    /// <summary>
    /// After a connection ended (other than <c>link_disabled</c>): the delay before the next open, and
    /// the connection to keep meanwhile. Only a planned refresh keeps the old one serving.
    /// </summary>
    private async Task<(TimeSpan Delay, SocketModeConnection? Keep)> ReactAsync(
        SocketModeConnection connection, SocketModeConnectionEnd end, TimeSpan plannedDelay)
    {
        _status = SocketModeStatus.Connecting;
        var backoff = plannedDelay > TimeSpan.Zero ? plannedDelay : BackoffAfter(0);
        switch (end.Reason)
        {
            case null:
                SocketModeLog.Dropped(_logger, connection.Id, backoff);
                await connection.DisposeAsync();
                return (backoff, null);
            case SocketModeDisconnectReasons.TooManyWebsockets:
                // Slack counts this one against us: close it before trying again.
                SocketModeLog.ReconnectRequested(_logger, connection.Id, end.Reason, backoff);
                await connection.CloseAsync();
                return (backoff, null);
            default:
                // warning, refresh_requested, or a reason we do not know: Slack still serves this
                // connection for a while, so keep it until the new one says hello.
                SocketModeLog.ReconnectRequested(_logger, connection.Id, end.Reason, plannedDelay);
                return (plannedDelay, connection);
        }
    }

    private TimeSpan BackoffAfter(int failures) =>
        SocketModeBackoff.Delay(failures, _options.ReconnectDelayMin, _options.ReconnectDelayMax, _jitter.NextFraction());
}
