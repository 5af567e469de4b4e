using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The session store contract (MovieNight) on SQLite, and what only the file shows.</summary>
public sealed class SqliteSessionStoreMovieNightTests : SessionStoreMovieNightContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

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
}
