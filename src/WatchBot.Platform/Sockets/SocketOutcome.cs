namespace WatchBot.Platform.Sockets;

/// <summary>How one connection ended, as its protocol judged it.</summary>
/// <param name="Next">What to do now.</param>
/// <param name="Healthy">
/// The connection reached the platform's "ready" (Discord READY/RESUMED; Slack: up for
/// <c>StableConnectionAfter</c>): the failure count starts again from zero.
/// </param>
/// <param name="CloseCode">The WebSocket close code when there was one (Discord's fatal codes are reported through it).</param>
public sealed record SocketOutcome(SocketNext Next, bool Healthy = false, int? CloseCode = null)
{
    /// <summary>Connect again (at once only if the connection was healthy; a failed one backs off).</summary>
    public static readonly SocketOutcome Reconnect = new(SocketNext.Reconnect);

    /// <summary>The host is stopping.</summary>
    public static readonly SocketOutcome Stopped = new(SocketNext.Stop);
}
