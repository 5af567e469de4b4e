namespace WatchBot.Platform.Sockets;

/// <summary>What the <see cref="ReconnectingSocketHost"/> does after a connection ends.</summary>
public enum SocketNext
{
    /// <summary>
    /// Connect again: at once after a healthy connection, after the backoff otherwise (a connection
    /// that never became healthy is a failure, and failures must not hot-loop). Whether the next
    /// connection resumes (Discord) or starts afresh is the protocol's own state.
    /// </summary>
    Reconnect,

    /// <summary>Connect again after the backoff even though the connection was healthy (it was dropped).</summary>
    ReconnectAfterBackoff,

    /// <summary>The server refused us in a way retrying cannot fix (a bad token, Socket Mode disabled): stop for good.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stop,
}
