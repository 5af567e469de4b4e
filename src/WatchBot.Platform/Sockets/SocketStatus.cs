namespace WatchBot.Platform.Sockets;

/// <summary>Where a <see cref="ReconnectingSocketHost"/> is, for health reporting.</summary>
public enum SocketStatus
{
    /// <summary>Not started yet.</summary>
    NotStarted,

    /// <summary>Opening a connection (first time, or after losing one).</summary>
    Connecting,

    /// <summary>A connection is ready (its protocol said so) and receives.</summary>
    Connected,

    /// <summary>Stopped for good: the host is stopping, or the server refused us for good.</summary>
    Stopped,
}
