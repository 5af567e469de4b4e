namespace WatchBot.Discord;

/// <summary>The values of <c>Discord:Transport</c>.</summary>
public static class DiscordTransports
{
    /// <summary>WebSocket gateway: interactions arrive as INTERACTION_CREATE dispatches.</summary>
    public const string Gateway = "gateway";

    /// <summary>Discord POSTs signed interactions to <c>/discord/interactions</c>.</summary>
    public const string Http = "http";
}
