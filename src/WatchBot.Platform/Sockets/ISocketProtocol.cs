namespace WatchBot.Platform.Sockets;

/// <summary>
/// A platform's side of a <see cref="ReconnectingSocketHost"/>: how to open and serve one connection
/// (Discord's hello, heartbeat, identify or resume; Slack's fresh URL, hello, envelopes and acks) and
/// how to judge its end. The protocol logs in its platform's own words; the host only says when.
/// </summary>
public interface ISocketProtocol
{
    /// <summary>
    /// Connects (getting a URL from its source) and serves one connection until it ends; returns what
    /// should happen next. Cancelling <paramref name="stopping"/> ends the connection; throwing
    /// <see cref="OperationCanceledException"/> then is fine. Any other exception counts as a failed attempt.
    /// </summary>
    Task<SocketOutcome> RunConnectionAsync(SocketAttempt attempt, CancellationToken stopping);

    /// <summary>The host is about to wait <paramref name="delay"/> (may be zero) after <paramref name="failures"/> failed attempts in a row.</summary>
    void OnWaiting(TimeSpan delay, int failures);

    /// <summary><see cref="RunConnectionAsync"/> threw (a bug): the host backs off <paramref name="retryDelay"/> and tries again.</summary>
    void OnConnectionFailed(Exception exception, TimeSpan retryDelay);
}
