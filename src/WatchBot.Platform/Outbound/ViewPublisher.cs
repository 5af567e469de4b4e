using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Engine.Diagnostics;
using WatchBot.Engine.Ports;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// Shows channel views on one platform, written once for all of them: it queues and returns at once
/// (the coordinator must not wait on a platform). Announcements go before card edits waiting in the
/// same channel, a card still waiting is replaced by its newer state, batched lines are gathered,
/// cards are edited in place, and announcements arranged ahead are claimed exactly once. The platform
/// supplies only an <see cref="IPlatformMessenger"/> (and, if it can, an <see cref="IAheadPoster"/>).
/// </summary>
public sealed class ViewPublisher : IChannelPublisher, IQueueDepthSource, IAsyncDisposable
{
    private readonly ChannelQueues _queues;
    private readonly AnnouncementBatcher _batcher;
    private readonly IAheadPoster? _ahead;
    private readonly ISendCauseSource? _causes;
    private readonly IListingKeeper? _listings;

    public ViewPublisher(
        IPlatformMessenger messenger,
        IPlatformLinks links,
        TimeProvider time,
        KitOptions options,
        ILogger<ViewPublisher> logger,
        IAheadPoster? ahead = null,
        ICannotPostNote? note = null,
        ISendCauseSource? causes = null,
        IListingKeeper? listings = null)
    {
        ArgumentNullException.ThrowIfNull(messenger);
        var problems = KitOptionsValidator.Problems(options, messenger.Platform);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(messenger.Platform, typeof(KitOptions), problems);
        }

        Platform = messenger.Platform;
        _ahead = ahead;
        _causes = causes;
        _listings = listings;
        var sender = new OutboundSender(messenger, new MessageSlots(messenger, links), new AheadBook(ahead, links, time, Platform, logger), note, logger, listings);
        _queues = new ChannelQueues(Platform, sender.SendAsync, time, options, logger, sender.IsExpress);
        _batcher = new AnnouncementBatcher(_queues, time, options);
    }

    /// <summary>The platform served, as in <see cref="ChannelAddress.Platform"/>.</summary>
    public string Platform { get; }

    /// <summary>Sends queued, in flight or waiting in a batch (for benchmarks and diagnostics).</summary>
    public int Pending => _queues.Pending;

    /// <summary>Queues <paramref name="view"/>, with the cause the platform names for the channel now (if any).</summary>
    public Task PublishAsync(ChannelAddress channel, ChannelView view, CancellationToken cancellationToken) =>
        PublishAsync(channel, view, _causes?.CauseOf(channel), cancellationToken);

    /// <summary>
    /// Queues <paramref name="view"/>: withdrawals first, then announcements in order, then the card,
    /// the announcement to arrange ahead and the event listing, which wait behind whatever notifies. <paramref name="cause"/> travels with every item, to be told if the channel refuses.
    /// </summary>
    public Task PublishAsync(ChannelAddress channel, ChannelView view, SendCause? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(view);
        foreach (var key in view.Withdraw)
        {
            _queues.Enqueue(new WithdrawItem(channel, key, cause));
        }

        for (var i = 0; i < view.Announcements.Count; i++)
        {
            var announcement = view.Announcements[i];
            if (announcement.BatchKey is not null)
            {
                _batcher.Add(channel, announcement, cause);
                continue;
            }

            // Each message of a keyed view gets its own key, the same on every re-send of the view.
            if (view.DeliveryKey is { } key)
            {
                announcement = announcement with { DeliveryKey = view.Announcements.Count == 1 ? key : $"{key}.{i}" };
            }

            _batcher.Flush(channel);
            _queues.Enqueue(new AnnouncementItem(channel, announcement, cause));
        }

        if (view.Card is { } card)
        {
            _batcher.Flush(channel);
            _queues.Enqueue(new CardItem(channel, card, cause));
        }

        if (view.Ahead is { } ahead && _ahead is not null)
        {
            _queues.Enqueue(new AheadItem(channel, ahead, cause));
        }

        // The event list is kept after the card: people read the channel first.
        if (view.Listing is { } listing && _listings is not null)
        {
            _queues.Enqueue(new ListingItem(channel, listing, cause));
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes once everything queued so far (batches included) has been sent or given up.</summary>
    public Task WaitIdleAsync(CancellationToken cancellationToken) => _queues.WaitIdleAsync(cancellationToken);

    public ValueTask DisposeAsync() => _queues.DisposeAsync();
}
