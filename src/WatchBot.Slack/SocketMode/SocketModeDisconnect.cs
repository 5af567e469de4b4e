namespace WatchBot.Slack.SocketMode;

/// <summary>
/// <c>{"type":"disconnect","reason":…}</c>: Slack is about to close this connection. The reasons we
/// act on are in <see cref="SocketModeDisconnectReasons"/>; any other is treated like a refresh.
/// </summary>
public sealed record SocketModeDisconnect(string Reason, string? DebugHost) : SocketModeMessage("disconnect");
