using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using WatchBot.Core.Kernel;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// Sends one queued item through the platform's messenger: cards through their slot, keyed
/// announcements after claiming what was arranged ahead. A refusal to post is told once to whoever
/// caused it; other failures are logged (the engine's outbox decides about retries).
/// </summary>
internal sealed class OutboundSender(
    IPlatformMessenger messenger,
    MessageSlots slots,
    AheadBook ahead,
    ICannotPostNote? note,
    ILogger logger,
    IListingKeeper? listings = null)
{
    // The cause last told about each channel: one command's refused announcement and card make one note.
    private readonly ConcurrentDictionary<ChannelAddress, SendCause> _noted = new();

    /// <summary>Whether <paramref name="item"/> goes around the platform's shared ceiling now (an express send).</summary>
    public bool IsExpress(OutboundItem item) =>
        item is AnnouncementItem { Announcement.BatchKey: null } announcement && messenger.BypassesSharedLimit(announcement.Channel, announcement.Announcement);

    public async Task<SendResult> SendAsync(OutboundItem item, CancellationToken cancellationToken)
    {
        var result = item switch
        {
            CardItem card => await slots.ShowAsync(card.Channel, card.Card, cancellationToken),
            AnnouncementItem { Announcement.Key: { } key } keyed when await ahead.ClaimAsync(keyed.Channel, key, cancellationToken) => SendResult.Sent(),
            AnnouncementItem announcement => await messenger.PostAsync(announcement.Channel, announcement.Announcement, cancellationToken),
            AheadItem arrange => await ahead.ArrangeAsync(arrange.Channel, arrange.Ahead, cancellationToken),
            WithdrawItem withdraw => await WithdrawAsync(withdraw, cancellationToken),
            ListingItem listed when listings is not null => await listings.KeepAsync(listed.Channel, listed.Listing, listed.Cause, cancellationToken),
            ListingItem => SendResult.Sent(),
            _ => SendResult.Failed("unknown_item"),
        };

        if (result.Status is SendStatus.Sent or SendStatus.Throttled)
        {
            return result;
        }

        Log.SendFailed(logger, messenger.Platform, item.Channel.ToString(), item.Kind, result.Status, result.Detail);
        if (result.Status == SendStatus.CannotPost && item.Cause is { } cause && note is not null)
        {
            await NoteOnceAsync(item.Channel, cause, result, cancellationToken);
        }

        return result;
    }

    private async Task<SendResult> WithdrawAsync(WithdrawItem withdraw, CancellationToken cancellationToken)
    {
        await ahead.WithdrawAsync(withdraw.Channel, withdraw.Key, cancellationToken);
        return SendResult.Sent();
    }

    private async Task NoteOnceAsync(ChannelAddress channel, SendCause cause, SendResult refusal, CancellationToken cancellationToken)
    {
        if (_noted.TryGetValue(channel, out var last) && last.Equals(cause))
        {
            return;
        }

        _noted[channel] = cause;
        try
        {
            await note!.SendAsync(channel, cause, refusal, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.NoteFailed(logger, ex, messenger.Platform, channel.ToString());
        }
    }
}
