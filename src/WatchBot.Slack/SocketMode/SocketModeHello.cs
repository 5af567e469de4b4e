namespace WatchBot.Slack.SocketMode;

/// <summary>
/// <c>{"type":"hello", "num_connections", "debug_info":{…}, "connection_info":{"app_id"}}</c>: the
/// connection is ready. Only <see cref="NumConnections"/> matters to us (several processes sharing
/// one app token split the envelopes); the rest is kept for the log.
/// </summary>
public sealed record SocketModeHello(
    int NumConnections,
    string? AppId,
    string? DebugHost,
    int? ApproximateConnectionTimeSeconds) : SocketModeMessage("hello");
