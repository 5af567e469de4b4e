using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Platform.Outbound;
using WatchBot.Platform.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Platform.Tests.Outbound;

/// <summary>
/// Listings ride the channel's queue: kept after the card people read, a newer state of the same
/// booking taking the place of one still waiting, ignored by a platform that keeps no event list.
/// </summary>
public sealed class ListingQueueTests
{
    private static readonly DateTimeOffset At = TestTime.Start.AddHours(2);

    [Fact]
    public async Task Listing_IsKeptAfterTheCard()
    {
        var keeper = new RecordingKeeper();
        await using var kit = Kit(keeper, out var messenger);

        await kit.PublishAsync(KitUnderTest.Channel("c1"), new ChannelView { Listing = Listing(ListingStatus.Scheduled), Card = Plain.Card("session:s1", "Alien at 22:00") }, CancellationToken.None);
        await kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        var kept = Assert.Single(keeper.Kept);
        Assert.Equal(ListingStatus.Scheduled, kept.Listing.Status);
        Assert.Equal(["post-card"], kept.CallsBefore);
    }

    [Fact]
    public async Task ANewerStateOfTheSameBooking_ReplacesOneStillWaiting()
    {
        var keeper = new RecordingKeeper();
        await using var kit = Kit(keeper, out var messenger);
        var gate = messenger.Hold("c1");
        await kit.PublishAsync(KitUnderTest.Channel("c1"), new ChannelView { Announcements = [Plain.Say("held")] }, CancellationToken.None);
        await messenger.NextAsync();

        await kit.PublishAsync(KitUnderTest.Channel("c1"), new ChannelView { Listing = Listing(ListingStatus.Scheduled) }, CancellationToken.None);
        await kit.PublishAsync(KitUnderTest.Channel("c1"), new ChannelView { Listing = Listing(ListingStatus.Cancelled) with { Revision = 1 } }, CancellationToken.None);
        gate.SetResult();
        await kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        Assert.Equal([ListingStatus.Cancelled], keeper.Kept.Select(k => k.Listing.Status));
        Assert.Equal(0, kit.Pending);
    }

    [Fact]
    public async Task APlatformWithoutAnEventList_IgnoresListings()
    {
        await using var kit = Kit(null, out var messenger);

        await kit.PublishAsync(KitUnderTest.Channel("c1"), new ChannelView { Listing = Listing(ListingStatus.Scheduled) }, CancellationToken.None);
        await kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TimeProvider.System);

        Assert.Empty(messenger.Calls);
        Assert.Equal(0, kit.Pending);
    }

    private static Listing Listing(ListingStatus status) => new("session:s1", "Alien", At, At.AddHours(2), status, 0);

    private static ViewPublisher Kit(IListingKeeper? keeper, out FakeMessenger messenger)
    {
        messenger = new FakeMessenger();
        var recording = keeper as RecordingKeeper;
        recording?.Watch(messenger);
        return new ViewPublisher(messenger, new MemoryPlatformLinks(), new FakeTimeProvider(TestTime.Start), new KitOptions(), NullLogger<ViewPublisher>.Instance, listings: keeper);
    }

    /// <summary>Records each listing it is asked to keep, with the platform calls made before it.</summary>
    private sealed class RecordingKeeper : IListingKeeper
    {
        private readonly ConcurrentQueue<(Listing Listing, IReadOnlyList<string> CallsBefore)> _kept = new();
        private FakeMessenger? _messenger;

        public IReadOnlyList<(Listing Listing, IReadOnlyList<string> CallsBefore)> Kept => [.. _kept];

        public void Watch(FakeMessenger messenger) => _messenger = messenger;

        public Task<SendResult> KeepAsync(ChannelAddress channel, Listing listing, SendCause? cause, CancellationToken cancellationToken)
        {
            _kept.Enqueue((listing, [.. (_messenger?.Calls ?? []).Select(c => c.What)]));
            return Task.FromResult(SendResult.Sent());
        }
    }
}
