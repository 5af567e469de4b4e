namespace WatchBot.Discord.Rest;

/// <summary>
/// One REST call's shape: the route template (what Discord's buckets are per), its top-level
/// resource (channel, guild or webhook: buckets are per resource too) and the concrete path.
/// </summary>
/// <param name="Method">GET, POST, PATCH, PUT.</param>
/// <param name="Template">The path with parameters as names, e.g. <c>/channels/{channel}/messages</c>.</param>
/// <param name="Major">The top-level resource id the bucket is scoped to ("" when none).</param>
/// <param name="Path">The path to request, relative to the API base.</param>
/// <param name="IsInteraction">Interaction callbacks and webhook follow-ups: not held behind the global limit.</param>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Major, string Path, bool IsInteraction)
{
    /// <summary>The limiter's key before the bucket hash is known.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel}/messages", channelId, $"/channels/{channelId}/messages", false);

    public static DiscordRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "/channels/{channel}/messages/{message}", channelId, $"/channels/{channelId}/messages/{messageId}", false);

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", interactionId,
            $"/interactions/{interactionId}/{Uri.EscapeDataString(token)}/callback", true);

    public static DiscordRoute EditOriginal(string applicationId, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application}/{token}/messages/@original", token,
            $"/webhooks/{applicationId}/{Uri.EscapeDataString(token)}/messages/@original", true);

    public static DiscordRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application}/{token}", token,
            $"/webhooks/{applicationId}/{Uri.EscapeDataString(token)}", true);

    public static DiscordRoute OverwriteCommands(string applicationId, string? guildId) =>
        guildId is null
            ? new(HttpMethod.Put, "/applications/{application}/commands", applicationId, $"/applications/{applicationId}/commands", false)
            : new(HttpMethod.Put, "/applications/{application}/guilds/{guild}/commands", guildId,
                $"/applications/{applicationId}/guilds/{guildId}/commands", false);

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "", "/gateway/bot", false);
}
