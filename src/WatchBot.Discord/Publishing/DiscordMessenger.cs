using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Engine.Ports;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// Discord's sends for the kit (<see cref="ViewPublisher"/>): create a message, edit one. Views are
/// drawn by <see cref="DiscordMarkup"/> (escaping, no mentions); queues, card slots, batching and the
/// "I can't post here" note are the kit's. Discord's answers become the kit's: a deleted message is
/// <see cref="SendStatus.Gone"/> (the kit posts the card again), a missing permission
/// <see cref="SendStatus.CannotPost"/>, a route still cooling down <see cref="SendStatus.Throttled"/>.
/// An announcement's picture is drawn now and attached where the bot may attach files
/// (<see cref="ChannelAttachGrants"/>); refused, the same message goes again without it.
/// </summary>
internal sealed class DiscordMessenger(
    IDiscordRestClient rest,
    ILogger<DiscordMessenger> logger,
    IPictureRenderer? pictures = null,
    ChannelAttachGrants? attach = null,
    WebhookSends? webhooks = null) : IPlatformMessenger
{
    private const int UnknownMessage = 10008;

    /// <summary>
    /// A channel route that must wait longer than this (its bucket is spent) is handed back to the kit,
    /// which parks the channel and lets its worker serve others; shorter waits are waited here.
    /// </summary>
    private static readonly TimeSpan ParkAbove = TimeSpan.FromMilliseconds(100);

    public string Platform => DiscordPlatform.Name;

    public async Task<SendResult> PostAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken) =>
        (webhooks is null ? null : await webhooks.PostGoAsync(channel, announcement, cancellationToken))
        ?? await PostToChannelAsync(channel, announcement, cancellationToken);

    /// <summary>A GO that will go as a follow-up on a button's token: interaction routes are exempt from the global 50/s.</summary>
    public bool BypassesSharedLimit(ChannelAddress channel, Announcement announcement) =>
        webhooks?.WouldFollowUp(channel, announcement) == true;

    private Task<SendResult> PostToChannelAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken) =>
        announcement.Picture is { } picture && attach?.MayAttach(channel.ChannelId) == true && pictures?.Render(picture) is { } png
            ? CreateWithFileAsync(channel, Drawn(announcement), new DiscordFile(picture.FileName, "image/png", png, picture.Description), cancellationToken)
            : CreateAsync(channel, Drawn(announcement), cancellationToken);

    /// <summary>The announcement's message, under its delivery key as the nonce: a re-sent outbox entry is posted once.</summary>
    private static DiscordMessage Drawn(Announcement announcement) => DiscordMarkup.Announcement(announcement) with { Nonce = announcement.DeliveryKey };

    /// <summary>A card that was an interaction's answer is not posted again: its message takes the slot.</summary>
    public async Task<SendResult> PostCardAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken) =>
        (webhooks is null ? null : await webhooks.PostCardAsync(channel, card, cancellationToken))
        ?? await CreateAsync(channel, DiscordMarkup.Card(card), cancellationToken);

    public async Task<SendResult> EditCardAsync(ChannelAddress channel, string messageId, Card card, CancellationToken cancellationToken)
    {
        if (!TryChannel(channel, out var channelId))
        {
            return SendResult.Failed("channel_not_a_snowflake");
        }

        // A stored id that is no snowflake cannot be edited; posting the card again records a good one.
        if (!Snowflake.TryParse(messageId, out var message))
        {
            return SendResult.Gone("message_not_a_snowflake");
        }

        if (webhooks is not null && await webhooks.EditCardAsync(messageId, card, cancellationToken) is { } viaWebhook)
        {
            return viaWebhook;
        }

        var route = DiscordRoute.EditMessage(channelId, message);
        if (Parked(route) is { } parked)
        {
            return parked;
        }

        var result = await rest.SendAsync(route, DiscordMarkup.Card(card).ToJson(), cancellationToken);
        return result is { Status: 404 } or { Code: UnknownMessage } ? SendResult.Gone(UnknownMessage.ToString(CultureInfo.InvariantCulture)) : ToKit(result);
    }

    private async Task<SendResult> CreateAsync(ChannelAddress channel, DiscordMessage message, CancellationToken cancellationToken)
    {
        // Channel ids were checked when the interaction was read; a stored one that is not a
        // snowflake must still never become part of a path.
        if (!TryChannel(channel, out var channelId))
        {
            return SendResult.Failed("channel_not_a_snowflake");
        }

        var route = DiscordRoute.CreateMessage(channelId);
        return Parked(route) ?? ToKit(await rest.SendAsync(route, message.ToJson(), cancellationToken));
    }

    private async Task<SendResult> CreateWithFileAsync(ChannelAddress channel, DiscordMessage message, DiscordFile file, CancellationToken cancellationToken)
    {
        if (!TryChannel(channel, out var channelId))
        {
            return SendResult.Failed("channel_not_a_snowflake");
        }

        var route = DiscordRoute.CreateMessage(channelId);
        if (Parked(route) is { } parked)
        {
            return parked;
        }

        var body = message.ToJson();
        body["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = file.FileName, ["description"] = DiscordText.Fit(file.Description, 1024) });
        var result = await rest.SendAsync(route, body, file, cancellationToken);
        if (!result.IsMissingPermissions && result.Status != 413)
        {
            return ToKit(result);
        }

        // Attach Files withdrawn since the last interaction, or the file too large: the words still go.
        attach?.Refused(channel.ChannelId);
        Log.PictureLeftOut(logger, result.Status, result.Code);
        return await CreateAsync(channel, message, cancellationToken);
    }

    private SendResult? Parked(DiscordRoute route) =>
        rest.BucketWait(route) is var wait && wait > ParkAbove ? SendResult.Throttled(wait) : null;

    private bool TryChannel(ChannelAddress channel, out Snowflake id)
    {
        if (Snowflake.TryParse(channel.ChannelId, out id))
        {
            return true;
        }

        Log.NotASnowflake(logger);
        return false;
    }

    private static SendResult ToKit(DiscordResult result) => result switch
    {
        { IsSuccess: true } => SendResult.Sent(result.Id),
        { IsMissingPermissions: true } => SendResult.CannotPost(Detail(result)),
        { Status: 429 } => SendResult.Throttled(RetryAfterIn(result) ?? TimeSpan.FromSeconds(1)),
        _ => SendResult.Failed(Detail(result)),
    };

    private static string Detail(DiscordResult result) =>
        (result.Code != 0 ? result.Code : result.Status).ToString(CultureInfo.InvariantCulture);

    /// <summary><c>retry_after</c> of a 429 that was still limited after the client's own retries.</summary>
    private static TimeSpan? RetryAfterIn(DiscordResult result) =>
        result.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 3600))
            : null;
}
