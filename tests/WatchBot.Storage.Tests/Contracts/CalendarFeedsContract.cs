using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Calendar feeds by the hash of their secret, and the sessions a space's feed lists.</summary>
public abstract class CalendarFeedsContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OneFeedPerSpace_ResetRevokesTheOldHash_AndOnlyHashesAreStored()
    {
        var feeds = Storage.OpenCalendarFeeds();
        byte[] first = [.. Enumerable.Repeat((byte)1, 32)];
        byte[] second = [.. Enumerable.Repeat((byte)2, 32)];

        Assert.True(await feeds.TryCreateAsync("discord", "g1", first, At, CancellationToken.None));
        Assert.False(await feeds.TryCreateAsync("discord", "g1", second, At, CancellationToken.None));
        var found = await feeds.FindAsync(first, CancellationToken.None);
        Assert.True(await feeds.ReplaceAsync("discord", "g1", second, At.AddDays(1), CancellationToken.None));
        Assert.False(await feeds.ReplaceAsync("slack", "g1", first, At, CancellationToken.None));

        Assert.Equal(("discord", "g1", At), (found!.Platform, found.SpaceId, found.CreatedAt));
        Assert.Equal(At.AddDays(1), (await feeds.FindAsync(second, CancellationToken.None))!.CreatedAt);
        Assert.Equal("slack", (await feeds.FindAsync(first, CancellationToken.None))!.Platform);
        Assert.Equal(At, (await Storage.OpenCalendarFeeds().GetAsync("slack", "g1", CancellationToken.None))!.CreatedAt);
        Assert.Null(await feeds.GetAsync("discord", "g2", CancellationToken.None));
        Assert.Equal(2, await Storage.ScalarAsync("SELECT COUNT(*) FROM calendar_feeds;"));
        Assert.Equal(32, await Storage.ScalarAsync("SELECT MAX(length(secret_hash)) FROM calendar_feeds;"));
    }

    [Fact]
    public async Task TheFeed_ListsTheSpacesBookings_AndRecentCancellations_InStartOrder()
    {
        var sessions = Storage.OpenSessions();
        var late = Samples.Scheduled(Samples.T0.AddHours(5), Samples.Channel, "s-late");
        var early = Samples.Scheduled(Samples.T0.AddHours(3), Samples.OtherChannel, "s-early");
        var cancelled = Samples.Scheduled(Samples.T0.AddHours(4), Samples.Channel, "s-cancelled") with
        {
            Phase = SessionPhase.Ended, EndReason = EndReason.Cancelled, EndedAt = Samples.T0.AddHours(1),
        };
        var cancelledLongAgo = Samples.Scheduled(Samples.T0.AddHours(-30), Samples.Channel, "s-old") with
        {
            Phase = SessionPhase.Ended, EndReason = EndReason.Cancelled, EndedAt = Samples.T0.AddHours(-40),
        };
        var elsewhere = Samples.Scheduled(Samples.T0.AddHours(2), Samples.Channel with { SpaceId = "guild-2" }, "s-elsewhere");
        foreach (var session in new[] { late, early, cancelled, cancelledLongAgo, elsewhere })
        {
            await sessions.SaveAsync(session, CancellationToken.None);
        }

        var source = Storage.OpenCalendarSource();
        var listed = await source.ListAsync("discord", "guild-1", Samples.T0.AddDays(-1), 10, CancellationToken.None);
        var firstTwo = await source.ListAsync("discord", "guild-1", Samples.T0.AddDays(-1), 2, CancellationToken.None);

        Assert.Equal(["s-early", "s-cancelled", "s-late"], listed.Select(s => s.Id.Value));
        SessionAssert.Equivalent(late, listed[2]);
        Assert.Equal(["s-early", "s-cancelled"], firstTwo.Select(s => s.Id.Value));
    }
}
