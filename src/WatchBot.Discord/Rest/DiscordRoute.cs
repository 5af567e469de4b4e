namespace WatchBot.Discord.Rest;

/// <summary>
/// One REST call's shape: the route template (what Discord's buckets are per), its top-level
/// resource (channel, guild or webhook: buckets are per resource too) and the concrete path. Paths
/// are built only from <see cref="Snowflake"/>s and checked tokens, never from raw payload text.
/// </summary>
/// <param name="Method">GET, POST, PATCH, PUT, DELETE.</param>
/// <param name="Template">The path with parameters as names, e.g. <c>/channels/{channel}/messages</c>.</param>
/// <param name="Major">The top-level resource id the bucket is scoped to ("" when none).</param>
/// <param name="Path">The path to request, relative to the API base.</param>
/// <param name="IsInteraction">Interaction callbacks and webhook follow-ups: not held behind the global limit.</param>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Major, string Path, bool IsInteraction)
{
    /// <summary>The limiter's key before the bucket hash is known.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public static DiscordRoute CreateMessage(Snowflake channelId) =>
        new(HttpMethod.Post, "/channels/{channel}/messages", channelId.ToString(), $"/channels/{channelId}/messages", false);

    public static DiscordRoute EditMessage(Snowflake channelId, Snowflake messageId) =>
        new(HttpMethod.Patch, "/channels/{channel}/messages/{message}", channelId.ToString(), $"/channels/{channelId}/messages/{messageId}", false);

    public static DiscordRoute InteractionCallback(Snowflake interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", interactionId.ToString(),
            $"/interactions/{interactionId}/{InteractionToken.Checked(token)}/callback", true);

    /// <summary>
    /// The callback with <c>?with_response=true</c>: Discord answers 200 with the interaction callback
    /// response, whose <c>resource.message</c> is the message the answer created (PROTOCOLS.md §1
    /// "Two ways to answer"), so the card's id is known without another request.
    /// </summary>
    public static DiscordRoute InteractionCallbackWithResponse(Snowflake interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", interactionId.ToString(),
            $"/interactions/{interactionId}/{InteractionToken.Checked(token)}/callback?with_response=true", true);

    public static DiscordRoute EditOriginal(Snowflake applicationId, string token) => Original(HttpMethod.Patch, applicationId, token);

    /// <summary>The original response as a message object (its id): for an answer given as the HTTP body (PROTOCOLS.md §1 "Follow-ups / editing").</summary>
    public static DiscordRoute GetOriginal(Snowflake applicationId, string token) => Original(HttpMethod.Get, applicationId, token);

    public static DiscordRoute DeleteOriginal(Snowflake applicationId, string token) => Original(HttpMethod.Delete, applicationId, token);

    public static DiscordRoute FollowUp(Snowflake applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application}/{token}", token,
            $"/webhooks/{applicationId}/{InteractionToken.Checked(token)}", true);

    public static DiscordRoute OverwriteCommands(Snowflake applicationId, Snowflake? guildId) =>
        guildId is not { } guild
            ? new(HttpMethod.Put, "/applications/{application}/commands", applicationId.ToString(), $"/applications/{applicationId}/commands", false)
            : new(HttpMethod.Put, "/applications/{application}/guilds/{guild}/commands", guild.ToString(),
                $"/applications/{applicationId}/guilds/{guild}/commands", false);

    /// <summary>A guild's scheduled events (Discord's Events tab); buckets are per guild.</summary>
    public static DiscordRoute ListEvents(Snowflake guildId) =>
        new(HttpMethod.Get, "/guilds/{guild}/scheduled-events", guildId.ToString(), $"/guilds/{guildId}/scheduled-events", false);

    public static DiscordRoute CreateEvent(Snowflake guildId) =>
        new(HttpMethod.Post, "/guilds/{guild}/scheduled-events", guildId.ToString(), $"/guilds/{guildId}/scheduled-events", false);

    public static DiscordRoute GetEvent(Snowflake guildId, Snowflake eventId) => EventRoute(HttpMethod.Get, guildId, eventId);

    public static DiscordRoute ModifyEvent(Snowflake guildId, Snowflake eventId) => EventRoute(HttpMethod.Patch, guildId, eventId);

    public static DiscordRoute DeleteEvent(Snowflake guildId, Snowflake eventId) => EventRoute(HttpMethod.Delete, guildId, eventId);

    /// <summary>A channel object (its <c>nsfw</c> flag, a thread's <c>parent_id</c>); buckets are per channel.</summary>
    public static DiscordRoute GetChannel(Snowflake channelId) =>
        new(HttpMethod.Get, "/channels/{channel}", channelId.ToString(), $"/channels/{channelId}", false);

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "", "/gateway/bot", false);

    private static DiscordRoute Original(HttpMethod method, Snowflake applicationId, string token) =>
        new(method, "/webhooks/{application}/{token}/messages/@original", token,
            $"/webhooks/{applicationId}/{InteractionToken.Checked(token)}/messages/@original", true);

    private static DiscordRoute EventRoute(HttpMethod method, Snowflake guildId, Snowflake eventId) =>
        new(method, "/guilds/{guild}/scheduled-events/{event}", guildId.ToString(), $"/guilds/{guildId}/scheduled-events/{eventId}", false);
}
