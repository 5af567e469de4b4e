namespace WatchBot.Slack;

/// <summary>The values of <c>Slack:Transport</c>.</summary>
public static class SlackTransports
{
    /// <summary>Socket Mode: WebSocket opened by the bot; no public URL.</summary>
    public const string Socket = "socket";

    /// <summary>Slack POSTs to /slack/commands, /slack/interactions, /slack/events.</summary>
    public const string Http = "http";
}
