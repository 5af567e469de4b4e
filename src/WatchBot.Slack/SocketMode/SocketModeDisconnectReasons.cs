namespace WatchBot.Slack.SocketMode;

/// <summary>The <c>reason</c> values of a Socket Mode <c>disconnect</c> message (PROTOCOLS.md §7).</summary>
public static class SocketModeDisconnectReasons
{
    /// <summary>About ten seconds before a refresh: reconnect now, while this connection still works.</summary>
    public const string Warning = "warning";

    /// <summary>Slack is refreshing the connection: open a new one, then let this one go.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was switched off for the app: reconnecting cannot work, so stop.</summary>
    public const string LinkDisabled = "link_disabled";

    /// <summary>The app has too many open connections: close this one first, back off, reconnect.</summary>
    public const string TooManyWebsockets = "too_many_websockets";
}
