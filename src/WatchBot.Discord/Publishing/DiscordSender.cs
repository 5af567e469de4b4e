using Microsoft.Extensions.Logging;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Ports;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Sends one outbox item: the session message is edited in place (its id kept in
/// <see cref="IPlatformLinks"/>; created again if it was deleted), anything else is a new message.
/// Missing permissions become an ephemeral note to whoever ran the command.
/// </summary>
internal sealed class DiscordSender(
    IDiscordRestClient rest,
    IPlatformLinks links,
    ILogger<DiscordSender> logger)
{
    private const int UnknownMessage = 10008;

    public async Task SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        // Channel ids were checked when the interaction was read; a stored one that is not a
        // snowflake must still never become part of a path.
        if (!Snowflake.TryParse(item.ChannelId, out var channel))
        {
            Log.NotASnowflake(logger);
            return;
        }

        var result = item.CardKey is { } card
            ? await SendSessionMessageAsync(item, channel, LinkKey(card), cancellationToken)
            : await rest.SendAsync(DiscordRoute.CreateMessage(channel), item.Message.ToJson(), cancellationToken);

        if (result.IsSuccess)
        {
            return;
        }

        Log.SendFailed(logger, item.ChannelId, result.Status, result.Code);
        if (result.IsMissingPermissions && item.Scope is { } scope)
        {
            var note = new DiscordMessage(MissingPermissionNote(result), Flags: 64);
            await rest.SendAsync(DiscordRoute.FollowUp(scope.ApplicationId, scope.Token), note.ToJson(), cancellationToken);
        }
    }

    internal static string LinkKey(string cardKey) => $"card:{cardKey}";

    /// <summary>Names the permission the bot lacks, as the server settings call it.</summary>
    internal static string MissingPermissionNote(DiscordResult result) => result.Code switch
    {
        50001 => "I can't post in this channel: I am missing the **View Channel** permission here. Ask a server admin to grant it (and Send Messages, Embed Links).",
        _ => "I can't post in this channel: I am missing the **Send Messages** permission here (I also need View Channel and Embed Links). Ask a server admin to grant it.",
    };

    private async Task<DiscordResult> SendSessionMessageAsync(OutboxItem item, Snowflake channel, string key, CancellationToken cancellationToken)
    {
        var body = item.Message.ToJson();
        var known = await links.GetAsync(DiscordPlatform.Name, key, cancellationToken);
        if (Snowflake.TryParse(known, out var messageId))
        {
            var edited = await rest.SendAsync(DiscordRoute.EditMessage(channel, messageId), body, cancellationToken);
            if (edited.Status != 404 && edited.Code != UnknownMessage)
            {
                return edited;
            }
        }

        var created = await rest.SendAsync(DiscordRoute.CreateMessage(channel), body, cancellationToken);
        if (created.IsSuccess && created.Id is { } id)
        {
            await links.SetAsync(DiscordPlatform.Name, key, id, cancellationToken);
        }

        return created;
    }
}
