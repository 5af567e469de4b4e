namespace WatchBot.Slack.SocketMode;

/// <summary>
/// Why a connection is finished from the client's point of view: the <c>reason</c> of Slack's first
/// <c>disconnect</c> message, or null when the socket closed or failed without one (dropped).
/// </summary>
internal sealed record SocketModeConnectionEnd(string? Reason)
{
    public static readonly SocketModeConnectionEnd Dropped = new((string?)null);
}
