using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Platform.Outbound;

/// <summary>
/// An optional platform capability: a list of events of its own (Discord's Events tab) kept in step
/// with the bookings a channel's views carry (<see cref="ChannelView.Listing"/>). The kit queues each
/// listing in its channel's order, behind what notifies, a newer state of the same booking replacing
/// one still waiting; the platform does the rest (its ids, its permissions, what it tells whom).
/// A platform without it shows no listings.
/// </summary>
public interface IListingKeeper
{
    /// <summary>
    /// Brings the platform's entry for <paramref name="listing"/> to its state. What the platform
    /// refuses is the keeper's to handle and tell; <see cref="SendStatus.Throttled"/> asks the kit to wait.
    /// </summary>
    Task<SendResult> KeepAsync(ChannelAddress channel, Listing listing, SendCause? cause, CancellationToken cancellationToken);
}
