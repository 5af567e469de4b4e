namespace WatchBot.Slack.SocketMode;

/// <summary>
/// One text frame from Slack's Socket Mode server, already parsed: <see cref="SocketModeHello"/>,
/// <see cref="SocketModeDisconnect"/>, <see cref="SocketModeEnvelope"/> or
/// <see cref="SocketModeUnknownMessage"/>. <see cref="Type"/> is the frame's <c>type</c> field.
/// </summary>
public abstract record SocketModeMessage(string Type);
