using WatchBot.Core.Features.MovieNights;
using WatchBot.Storage.Tests.Series;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// Two processes on one database ensure a series' next occurrence at once, and one of them is held
/// between the reads it decides on while the other books and commits: whatever the interleaving,
/// the occurrence is booked and announced once (issue 13, "several instances, exactly once").
/// </summary>
public abstract class SeriesRaceContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private const string SetUp = "/watch schedule title:\"Friday Film Club\" at:\"2026-11-27T21:00:00+01:00\" repeat:weekly";

    private static readonly DateOnly Dec4 = new(2026, 12, 4);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneProcessHeldAtItsSeriesRead_WhileTheOtherBooks_TheNextIsBookedAndAnnouncedOnce(bool holdAfterRead)
    {
        SeriesId id;
        using (var first = await SeriesProcess.OnAsync(Storage, TestTime.Start))
        {
            id = Assert.IsType<OccurrenceBooked>(Assert.Single((await first.Say(SetUp)).Announced)).Series.Id;
            await first.Say("/watch skip");
        }

        var gate = new ReadGate(holdAfterRead);
        using var late = await SeriesProcess.OnAsync(Storage, TestTime.Start, s => new GatedSeriesStore(s, gate));
        using var early = await SeriesProcess.OnAsync(Storage, TestTime.Start);

        var held = late.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None);
        await gate.Reached;
        var booked = await early.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None);
        gate.Release();
        var second = await held;

        Assert.Equal(Dec4, Assert.IsType<OccurrenceBooked>(Assert.Single(booked.Announced)).Session.Occurrence!.Date);
        Assert.Empty(second.Announced);
        Assert.Empty(late.Platform.Of<OccurrenceBooked>());
        Assert.Equal(2L, await Storage.ScalarAsync($"SELECT COUNT(*) FROM sessions WHERE series_id = '{id.Value}';"));
        Assert.Equal(Dec4, Assert.Single(await early.Store.ListScheduledAsync(SeriesProcess.Channel, CancellationToken.None)).Occurrence!.Date);
        Assert.Equal(Dec4, (await early.SeriesStore.GetAsync(id, CancellationToken.None))!.LastBooked);
        // The outbox holds two bookings: the first occurrence (set-up) and this one.
        Assert.Equal(2L, await Storage.ScalarAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'OccurrenceBooked';"));
    }
}
