namespace WatchBot.Slack.SocketMode;

/// <summary>Where the Socket Mode client is, for health reporting.</summary>
public enum SocketModeStatus
{
    /// <summary>Not started yet.</summary>
    NotStarted,

    /// <summary>Opening a connection (first time, or after losing one).</summary>
    Connecting,

    /// <summary>A connection said hello and receives envelopes.</summary>
    Connected,

    /// <summary>Stopped for good: the host is stopping, or Slack disabled Socket Mode (<c>link_disabled</c>).</summary>
    Stopped,
}
