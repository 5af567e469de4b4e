using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Series;
using WatchBot.Testing;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// Occurrences are generated from the stored series, never lost or doubled: the process is rebuilt over
/// the same database between occurrences (on every provider), and one occurrence comes due while it is down.
/// </summary>
public abstract class SeriesRestartContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private const string SetUp = "/watch schedule title:\"Friday Film Club\" at:\"2026-11-27T21:00:00+01:00\" repeat:weekly";

    private static readonly DateOnly Nov27 = new(2026, 11, 27);
    private static readonly DateOnly Dec4 = new(2026, 12, 4);

    private DateTimeOffset _now = TestTime.Start;
    [Fact]
    public async Task AnOccurrenceDueWhileDown_IsJoinedLate_AndTheNextIsBookedExactlyOnce_AcrossRestarts()
    {
        SeriesId id;
        using (var first = await SeriesProcess.OnAsync(Storage, _now))
        {
            await first.StartAsync();
            var outcome = await first.Say(SetUp);
            id = Assert.IsType<OccurrenceBooked>(Assert.Single(outcome.Announced)).Series.Id;
        }

        // Down from Sunday to Friday 21:30 Paris: the first occurrence started half an hour ago.
        _now = new DateTimeOffset(2026, 11, 27, 20, 30, 0, TimeSpan.Zero);
        using (var second = await SeriesProcess.OnAsync(Storage, _now))
        {
            // Recovery joins the occurrence late, which queues its series; the sweep books the next one, the queued check finds it booked.
            await second.WaitForChecksAsync(2, () => second.StartAsync().GetAwaiter().GetResult());

            var live = await second.Store.FindLiveAsync(SeriesProcess.Channel, CancellationToken.None);
            Assert.Equal(new SeriesOccurrence(id, Nov27), live!.Occurrence);
            Assert.Single(second.Platform.Of<LateStart>());
            var booked = Assert.Single(second.Platform.Of<OccurrenceBooked>());
            Assert.Equal((Dec4, new DateTimeOffset(2026, 12, 4, 20, 0, 0, TimeSpan.Zero)), (booked.Session.Occurrence!.Date, booked.Session.ScheduledFor!.Value));
        }

        using (var third = await SeriesProcess.OnAsync(Storage, _now))
        {
            await third.StartAsync();
            await Task.WhenAll(
                third.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None),
                third.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None));

            Assert.Empty(third.Platform.Of<OccurrenceBooked>());
            Assert.Equal((Dec4, 2L), ((await third.SeriesStore.GetAsync(id, CancellationToken.None))!.LastBooked!.Value, await OccurrencesAsync(id)));
        }
    }

    [Fact]
    public async Task TwoProcessesOnOneFile_BookingTheNextAtOnce_BookItOnce()
    {
        SeriesId id;
        using (var first = await SeriesProcess.OnAsync(Storage, _now))
        {
            id = Assert.IsType<OccurrenceBooked>(Assert.Single((await first.Say(SetUp)).Announced)).Series.Id;
            await first.Say("/watch skip");
        }

        using var a = await SeriesProcess.OnAsync(Storage, _now);
        using var b = await SeriesProcess.OnAsync(Storage, _now);
        await Task.WhenAll(
            a.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None),
            b.Service.EnsureNextAsync(SeriesProcess.Channel, id, CancellationToken.None));

        Assert.Equal(1, a.Platform.Of<OccurrenceBooked>().Count + b.Platform.Of<OccurrenceBooked>().Count);
        Assert.Equal(2L, await OccurrencesAsync(id));
        var scheduled = await a.Store.ListScheduledAsync(SeriesProcess.Channel, CancellationToken.None);
        Assert.Equal(Dec4, Assert.Single(scheduled).Occurrence!.Date);
        Assert.Equal([Nov27], (await a.SeriesStore.GetAsync(id, CancellationToken.None))!.Skipped);
    }

    [Fact]
    public async Task SkipAndEnd_AreStored_AndAnEndedSeriesIsNotBookedAgain()
    {
        using var process = await SeriesProcess.OnAsync(Storage, _now);
        await process.StartAsync();
        var id = Assert.IsType<OccurrenceBooked>(Assert.Single((await process.Say(SetUp)).Announced)).Series.Id;

        // The skip's cancellation queues the series: the service books the week after.
        await process.WaitForChecksAsync(1, () => process.Say("/watch skip").GetAwaiter().GetResult());
        var next = Assert.Single(await process.Store.ListScheduledAsync(SeriesProcess.Channel, CancellationToken.None));
        Assert.Equal(Dec4, next.Occurrence!.Date);

        await process.Say("/watch series end");
        await process.Service.SweepAsync(CancellationToken.None);

        Assert.Empty(await process.Store.ListScheduledAsync(SeriesProcess.Channel, CancellationToken.None));
        Assert.Empty(await process.SeriesStore.ListAllActiveAsync(CancellationToken.None));
        var ended = await process.SeriesStore.GetAsync(id, CancellationToken.None);
        Assert.Equal(_now, ended!.EndedAt);
        Assert.Equal([Nov27], ended.Skipped);
        Assert.Equal(EndReason.Cancelled, (await process.Store.GetAsync(next.Id, CancellationToken.None))!.EndReason);
    }

    private Task<long> OccurrencesAsync(SeriesId id) =>
        Storage.ScalarAsync($"SELECT COUNT(*) FROM sessions WHERE series_id = '{id.Value}';");
}
