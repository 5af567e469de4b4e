namespace WatchBot.Platform.Sockets;

/// <summary>
/// One connection attempt as the host hands it to its protocol: how many attempts failed in a row
/// before it, the waits the host will apply after it (so the protocol's log lines can say "retrying
/// in …" truthfully), and a way to report that the connection is ready.
/// </summary>
public sealed class SocketAttempt
{
    private readonly Action _connected;

    internal SocketAttempt(int failures, TimeSpan retryDelay, TimeSpan freshDelay, Action connected)
    {
        Failures = failures;
        RetryDelay = retryDelay;
        FreshDelay = freshDelay;
        _connected = connected;
    }

    /// <summary>Failed attempts in a row before this one (0 after a healthy connection).</summary>
    public int Failures { get; }

    /// <summary>The wait after this attempt if it ends unhealthy.</summary>
    public TimeSpan RetryDelay { get; }

    /// <summary>The wait after this attempt if it ends healthy with <see cref="SocketNext.ReconnectAfterBackoff"/>.</summary>
    public TimeSpan FreshDelay { get; }

    /// <summary>The connection is ready: the host's status becomes <see cref="SocketStatus.Connected"/>.</summary>
    public void Connected() => _connected();
}
