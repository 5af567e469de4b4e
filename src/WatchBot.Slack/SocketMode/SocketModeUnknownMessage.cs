namespace WatchBot.Slack.SocketMode;

/// <summary>A frame whose <c>type</c> we do not act on; logged at debug level and ignored.</summary>
public sealed record SocketModeUnknownMessage(string UnknownType) : SocketModeMessage(UnknownType);
