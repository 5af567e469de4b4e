using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The movie-night members of a session (schema version 8) as stored and read back.</summary>
public sealed class SqliteSessionStoreMovieNightTests : IDisposable
{
    private static readonly SeriesOccurrence FirstFriday = new(new SeriesId("filmclub0001"), new DateOnly(2026, 12, 4));

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Save_ThenReopen_RoundTripsEveryMovieNightMember()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        // A new store on the file: what the process sees after a restart.
        var loaded = await _db.OpenStore().GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.Equal(session.Occurrence, loaded!.Occurrence);
        Assert.Equal(("Europe/Paris", 3, 12), (loaded.TimeZone, loaded.Revision, loaded.Seats));
        Assert.Equal([RsvpAnswer.Going, RsvpAnswer.Maybe, RsvpAnswer.NotGoing], loaded.Rsvps.Select(r => r.Answer));
        Assert.Equal(session.Rsvps[0].Since, loaded.Rsvps[0].Since);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromMinutes(15), TimeSpan.FromMilliseconds(1_500)], loaded.ReminderLeads);
        Assert.True(loaded.RemindersSent.SetEquals([TimeSpan.FromHours(24), TimeSpan.FromMinutes(15)]));
    }

    [Fact]
    public async Task Save_StoresTheDocumentedFormat_IdsOfTheSessionsPlatform_AnswersByName_DatesAsIso()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        Assert.Equal("2025-03-14", await Column(session, "occurrence_date"));
        Assert.Equal("ser0000000a1", await Column(session, "series_id"));
        Assert.Equal(
            $$"""{"id":"u-alice","name":"Alice","answer":"Going","since":{{session.Rsvps[0].Since.ToUnixTimeMilliseconds()}}}""",
            await _db.TextAsync($"SELECT json_extract(rsvps, '$[0]') FROM sessions WHERE id = '{session.Id}';"));
        Assert.Equal("[86400000,900000,1500]", await Column(session, "reminder_leads"));
        Assert.Equal("[900000,86400000]", await Column(session, "reminders_sent"));
    }

    [Fact]
    public async Task Save_WithoutMovieNightMembers_KeepsThemEmpty()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Scheduled);

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = (await store.GetAsync(session.Id, CancellationToken.None))!;

        Assert.Equal((null, null, 0, null), (loaded.Occurrence, loaded.TimeZone, loaded.Revision, loaded.Seats));
        Assert.Empty(loaded.Rsvps);
        Assert.Empty(loaded.ReminderLeads);
        Assert.Empty(loaded.RemindersSent);
        Assert.Equal("[]", await Column(session, "rsvps"));
    }

    [Fact]
    public async Task Save_ACancelledBooking_RoundTrips()
    {
        var store = _db.OpenStore();
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
        var loaded = await _db.OpenStore().GetAsync(booked.Id, CancellationToken.None);

        SessionAssert.Equivalent(cancelled, loaded);
        Assert.Equal((EndReason.Cancelled, 1, 2L), (loaded!.EndReason, loaded.Revision, loaded.Version));
        Assert.Equal("Cancelled", await Column(booked, "end_reason"));
    }

    [Fact]
    public async Task Save_ASecondSessionForTheSameOccurrence_IsRefusedAsAConflict_AndWritesNothing()
    {
        var store = _db.OpenStore();
        var first = Samples.Scheduled(Samples.T0.AddDays(2), id: "occ000000001") with { Occurrence = FirstFriday };
        await store.SaveAsync(first, CancellationToken.None);

        // Another channel, another id: only the occurrence is the same.
        var twin = Samples.Scheduled(Samples.T0.AddDays(2), Samples.OtherChannel, "occ000000002") with { Occurrence = FirstFriday };
        var conflict = await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.CommitAsync(new SessionCommit(twin, [], []), CancellationToken.None));

        Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(conflict.InnerException);
        Assert.Contains("2026-12-04", conflict.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(twin.Id, CancellationToken.None));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task Save_OtherOccurrences_AndSessionsOutsideAnySeries_AreNotHeldByTheIndex()
    {
        var store = _db.OpenStore();
        var series = FirstFriday.Series;

        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000001") with { Occurrence = FirstFriday }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000002") with { Occurrence = new(series, new DateOnly(2026, 12, 11)) }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000003") with { Occurrence = FirstFriday with { Series = new SeriesId("other0000001") } }, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "plain0000001"), CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "plain0000002"), CancellationToken.None);

        Assert.Equal(5, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task Save_TheSameOccurrenceAgain_UpdatesItsOwnRow()
    {
        var store = _db.OpenStore();
        var booked = Samples.Scheduled(Samples.T0, id: "occ000000001") with { Occurrence = FirstFriday };
        await store.SaveAsync(booked, CancellationToken.None);

        await store.SaveAsync(booked with { Title = "Heat", Revision = 1 }, CancellationToken.None);

        var loaded = (await store.GetAsync(booked.Id, CancellationToken.None))!;
        Assert.Equal(("Heat", 1, FirstFriday), (loaded.Title, loaded.Revision, loaded.Occurrence));
    }

    private Task<string> Column(WatchSession session, string column) =>
        _db.TextAsync($"SELECT {column} FROM sessions WHERE id = '{session.Id}';");
}
