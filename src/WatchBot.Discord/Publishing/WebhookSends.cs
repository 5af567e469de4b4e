using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Rendering;
using WatchBot.Discord.Rest;
using WatchBot.Platform.Outbound;

namespace WatchBot.Discord.Publishing;

/// <summary>
/// The sends that can go through an interaction's webhook instead of the bot's channel routes, which
/// all count against the one global 50/s (PROTOCOLS.md §3 "Global": interaction endpoints exempt):
/// a card that was an interaction's answer is not posted again, and is edited through
/// <c>@original</c> while the token lives; a GO goes as a follow-up on the channel's latest
/// button press (<see cref="ButtonTokens"/>). Each returns null when it cannot help, and the caller uses channel REST.
/// </summary>
internal sealed class WebhookSends(
    IDiscordRestClient rest,
    AnsweredCards answered,
    CardTokens tokens,
    ButtonTokens buttons,
    IOptions<DiscordOptions> options,
    ILogger<WebhookSends> logger)
{
    /// <summary>
    /// Every start begins its key with this: a GO (<c>SessionAnnouncements.GoKey</c>) and the late form
    /// a GO takes when its timer fired too late ("started 8s ago", <c>SessionAnnouncements.LateStartKey</c>).
    /// </summary>
    private const string GoKeyPrefix = "go:";

    /// <summary>Whether <paramref name="channel"/> has a live button token now (benchmarks: the share of channels a GO can skip the queue in).</summary>
    public bool HasButtonToken(ChannelAddress channel) => buttons.CauseOf(channel) is not null;

    /// <summary>
    /// The card, if it is (or is about to be) an interaction's answer in <paramref name="channel"/>:
    /// its message id, after one webhook edit when the state moved on since the answer was drawn.
    /// </summary>
    public async Task<SendResult?> PostCardAsync(ChannelAddress channel, Card card, CancellationToken cancellationToken)
    {
        if (await answered.ClaimAsync(channel, card.Key, cancellationToken) is not { MessageId: { } messageId } answer)
        {
            return null;
        }

        var drawn = DiscordMarkup.Card(card).ToJson();
        if (string.Equals(drawn.ToJsonString(), answer.Drawn, StringComparison.Ordinal))
        {
            Log.CardWasAnswer(logger, channel.ChannelId, messageId);
            return SendResult.Sent(messageId);
        }

        return await EditCardAsync(messageId, card, cancellationToken) ?? SendResult.Sent(messageId);
    }

    /// <summary>Edits a card through its interaction's <c>@original</c> while the token lives; null: use the channel route.</summary>
    public async Task<SendResult?> EditCardAsync(string messageId, Card card, CancellationToken cancellationToken)
    {
        if (tokens.LiveFor(messageId) is not { } cause)
        {
            return null;
        }

        var result = await rest.SendAsync(DiscordRoute.EditOriginal(cause.ApplicationId, cause.Token), DiscordMarkup.Card(card).ToJson(), cancellationToken);
        if (result.IsSuccess)
        {
            return SendResult.Sent(messageId);
        }

        // Expired early, revoked, or the message gone: the channel route decides (it knows "gone").
        tokens.Forget(messageId);
        Log.WebhookRefused(logger, "edit card", result.Status, result.Code);
        return null;
    }

    /// <summary>
    /// Whether <see cref="PostGoAsync"/> would send <paramref name="announcement"/> as a follow-up now
    /// (the kit sends it through its express workers, not behind sends waiting for the global 50/s).
    /// </summary>
    public bool WouldFollowUp(ChannelAddress channel, Announcement announcement) => FollowUpCause(channel, announcement) is not null;

    /// <summary>A start (GO or its late form) as a follow-up on the latest button press in <paramref name="channel"/>; null when none lives or it failed.</summary>
    public async Task<SendResult?> PostGoAsync(ChannelAddress channel, Announcement announcement, CancellationToken cancellationToken)
    {
        if (FollowUpCause(channel, announcement) is not { } cause)
        {
            return null;
        }

        // Public (no flags): the GO is for the whole channel, like the channel post it replaces.
        var result = await rest.SendAsync(DiscordRoute.FollowUp(cause.ApplicationId, cause.Token), DiscordMarkup.Announcement(announcement).ToJson(), cancellationToken);
        if (result.IsSuccess)
        {
            return SendResult.Sent(result.Id);
        }

        Log.WebhookRefused(logger, "GO follow-up", result.Status, result.Code);
        return null;
    }

    private DiscordSendCause? FollowUpCause(ChannelAddress channel, Announcement announcement) =>
        options.Value.GoFollowUps && announcement.Key?.StartsWith(GoKeyPrefix, StringComparison.Ordinal) == true
            ? buttons.CauseOf(channel) as DiscordSendCause
            : null;
}
