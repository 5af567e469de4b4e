using WatchBot.Platform.Resilience;

namespace WatchBot.Platform.Sockets;

/// <summary>
/// The loop every platform socket needs, written once: connect through the protocol, serve until
/// the connection ends, then reconnect at once (after a healthy connection), after a jittered
/// backoff (after failures, which count up until a healthy connection), or stop for good on a fatal
/// end or when asked. A bug in one connection never ends the loop. Waits run on the injected clock.
/// </summary>
public sealed class ReconnectingSocketHost(ISocketProtocol protocol, Backoff backoff, IJitter jitter, TimeProvider time)
{
    private volatile SocketStatus _status;

    /// <summary>Where the loop is.</summary>
    public SocketStatus Status => _status;

    /// <summary>Runs until <paramref name="stopping"/> fires (null) or the protocol reports a fatal end (returned).</summary>
    public async Task<SocketOutcome?> RunAsync(CancellationToken stopping)
    {
        var failures = 0;
        var delay = TimeSpan.Zero;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                if (delay > TimeSpan.Zero || failures > 0)
                {
                    protocol.OnWaiting(delay, failures);
                    if (delay > TimeSpan.Zero)
                    {
                        await Task.Delay(delay, time, stopping);
                    }
                }

                _status = SocketStatus.Connecting;
                var attempt = new SocketAttempt(
                    failures,
                    backoff.Delay(failures + 1, jitter.NextFraction()),
                    backoff.Delay(1, jitter.NextFraction()),
                    () => _status = SocketStatus.Connected);
                var outcome = await RunOneAsync(attempt, stopping);
                switch (outcome.Next)
                {
                    case SocketNext.Fatal:
                        return outcome;
                    case SocketNext.Stop:
                        return null;
                    default:
                        _status = SocketStatus.Connecting;
                        (delay, failures) = After(outcome, attempt);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            _status = SocketStatus.Stopped;
        }

        return null;
    }

    /// <summary>The wait before the next attempt, and the failures in a row it follows.</summary>
    internal static (TimeSpan Delay, int Failures) After(SocketOutcome outcome, SocketAttempt attempt)
    {
        if (!outcome.Healthy)
        {
            return (attempt.RetryDelay, attempt.Failures + 1);
        }

        return (outcome.Next == SocketNext.ReconnectAfterBackoff ? attempt.FreshDelay : TimeSpan.Zero, 0);
    }

    private async Task<SocketOutcome> RunOneAsync(SocketAttempt attempt, CancellationToken stopping)
    {
        try
        {
            return await protocol.RunConnectionAsync(attempt, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return SocketOutcome.Stopped;
        }
#pragma warning disable CA1031 // A bug in one connection must not end the loop: count it as a failed attempt and back off.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            protocol.OnConnectionFailed(ex, attempt.RetryDelay);
            return SocketOutcome.Reconnect;
        }
    }
}
