using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>The movie-night members of a session (schema version 8) as stored and read back.</summary>
public abstract class SessionStoreMovieNightContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly SeriesOccurrence FirstFriday = new(new SeriesId("filmclub0001"), new DateOnly(2026, 12, 4));

    [Fact]
    public async Task Save_ThenReopen_RoundTripsEveryMovieNightMember()
    {
        var session = Samples.EveryFieldSet();
        await Storage.OpenSessions().SaveAsync(session, CancellationToken.None);

        // A new store on the database: what the process sees after a restart.
        var loaded = await Storage.OpenSessions().GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.Equal(session.Occurrence, loaded!.Occurrence);
        Assert.Equal(("Europe/Paris", 3, 12), (loaded.TimeZone, loaded.Revision, loaded.Seats));
        Assert.Equal([RsvpAnswer.Going, RsvpAnswer.Maybe, RsvpAnswer.NotGoing], loaded.Rsvps.Select(r => r.Answer));
        Assert.Equal(session.Rsvps[0].Since, loaded.Rsvps[0].Since);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromMinutes(15), TimeSpan.FromMilliseconds(1_500)], loaded.ReminderLeads);
        Assert.True(loaded.RemindersSent.SetEquals([TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)]));
    }

    [Fact]
    public async Task Save_ACancelledBooking_RoundTrips()
    {
        var store = Storage.OpenSessions();
        var booked = Samples.Scheduled(Samples.T0.AddDays(2)) with { Occurrence = FirstFriday, TimeZone = "America/New_York" };
        await store.SaveAsync(booked, CancellationToken.None);
        var cancelled = (await store.GetAsync(booked.Id, CancellationToken.None))! with
        {
            Phase = SessionPhase.Ended,
            EndedAt = Samples.T0,
            EndReason = EndReason.Cancelled,
            Revision = 1,
        };

        await store.CommitAsync(new SessionCommit(cancelled, [], []), CancellationToken.None);
        var loaded = await Storage.OpenSessions().GetAsync(booked.Id, CancellationToken.None);

        SessionAssert.Equivalent(cancelled, loaded);
        Assert.Equal((EndReason.Cancelled, 1, 2L), (loaded!.EndReason, loaded.Revision, loaded.Version));
        Assert.Equal("Cancelled", await Column(booked, "end_reason"));
    }

    [Fact]
    public async Task Save_ASecondSessionForTheSameOccurrence_IsRefusedAsAConflict_AndWritesNothing()
    {
        var store = Storage.OpenSessions();
        var first = Samples.Scheduled(Samples.T0.AddDays(2), id: "occ000000001") with { Occurrence = FirstFriday };
        await store.SaveAsync(first, CancellationToken.None);

        // Another channel, another id: only the occurrence is the same.
        var twin = Samples.Scheduled(Samples.T0.AddDays(2), Samples.OtherChannel, "occ000000002") with { Occurrence = FirstFriday };
        var conflict = await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.CommitAsync(new SessionCommit(twin, [], []), CancellationToken.None));

        Assert.IsAssignableFrom<System.Data.Common.DbException>(conflict.InnerException);
        Assert.Contains("2026-12-04", conflict.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(twin.Id, CancellationToken.None));
        Assert.Equal(1, await Storage.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task Save_OtherOccurrences_AndSessionsOutsideAnySeries_AreNotHeldByTheIndex()
    {
        var store = Storage.OpenSessions();
        var series = FirstFriday.Series;

        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000001") with { Occurrence = FirstFriday }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000002") with { Occurrence = new(series, new DateOnly(2026, 12, 11)) }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000003") with { Occurrence = FirstFriday with { Series = new SeriesId("other0000001") } }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "plain0000001"), CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "plain0000002"), CancellationToken.None);

        Assert.Equal(5, await Storage.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task Save_TheSameOccurrenceAgain_UpdatesItsOwnRow()
    {
        var store = Storage.OpenSessions();
        var booked = Samples.Scheduled(Samples.T0, id: "occ000000001") with { Occurrence = FirstFriday };
        await store.SaveAsync(booked, CancellationToken.None);

        await store.SaveAsync(booked with { Title = "Heat", Revision = 1 }, CancellationToken.None);

        var loaded = (await store.GetAsync(booked.Id, CancellationToken.None))!;
        Assert.Equal(("Heat", 1, FirstFriday), (loaded.Title, loaded.Revision, loaded.Occurrence));
    }

    private protected Task<string> Column(WatchSession session, string column) =>
        Storage.TextAsync($"SELECT {column} FROM sessions WHERE id = '{session.Id}';");
}
