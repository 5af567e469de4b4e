using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// Version 8 rebuilds sessions and reactions again (Cancelled widens the end-reason CHECK) and adds the
/// movie-night columns: a database written by version 7 keeps every row, every reaction and every rule.
/// </summary>
public sealed class SqliteMigration8Tests : IDisposable
{
    /// <summary>Every column sessions had at version 7, so the rows are compared whole, before and after.</summary>
    private const string SessionsAtVersion7 = """
        SELECT json_group_array(json_array(
            id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
            clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
            scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
            participants, ready_user_ids, waiting_since, clock_played_ms,
            reaction_count, reaction_last_at, version))
        FROM (SELECT * FROM sessions ORDER BY id);
        """;

    private const string Reactions = """
        SELECT json_group_array(json_array(session_id, seq, emoji, note, position_ms, user_id, user_name, at))
        FROM (SELECT * FROM reactions ORDER BY session_id, seq);
        """;

    private const string Outbox = """
        SELECT json_group_array(json_array(id, platform, space_id, channel_id, kind, session_id, facts, created_at, attempts, sent_at))
        FROM (SELECT * FROM outbox ORDER BY id);
        """;

    private const string Links = """
        SELECT json_group_array(json_array(platform, key, value)) FROM (SELECT * FROM platform_links ORDER BY platform, key);
        """;

    private const string Moderators = """
        SELECT json_group_array(json_array(platform, space_id, user_id, added_by)) FROM (SELECT * FROM space_moderators ORDER BY user_id);
        """;

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task FromVersion7_KeepsEverySessionReactionOutboxEntryLinkAndModerator()
    {
        await WriteVersion7DatabaseAsync();
        string[] queries = [SessionsAtVersion7, Reactions, Outbox, Links, Moderators];
        var before = new List<string>();
        foreach (var query in queries)
        {
            before.Add(await _db.TextAsync(query));
        }

        await _db.OpenStore().InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, (int)await _db.ScalarAsync("PRAGMA user_version;"));
        var after = new List<string>();
        foreach (var query in queries)
        {
            after.Add(await _db.TextAsync(query));
        }

        Assert.Equal(before, after);
        Assert.Equal(3, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(3, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
        Assert.Equal("ok", await _db.TextAsync("PRAGMA integrity_check;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_v8';"));
    }

    [Fact]
    public async Task FromVersion7_OldRowsReadWithEmptyMovieNightMembers_AndCanBeCancelled()
    {
        await WriteVersion7DatabaseAsync();
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        var playing = (await store.GetAsync(new SessionId("play00000001"), CancellationToken.None))!;
        Assert.Equal(("Heat", SessionPhase.Playing, 4L, 2), (playing.Title, playing.Phase, playing.Version, playing.Reactions.Count));
        Assert.Equal(TimeSpan.FromSeconds(30), playing.Clock.PlayedBefore);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795000002000), playing.Reactions.LastBy(new UserKey("discord", "u2")));
        Assert.Equal([new UserRef("discord", "u1", "alice"), new UserRef("discord", "u2", "bob")], playing.Participants);
        Assert.Equal((null, null, 0, null), (playing.Occurrence, playing.TimeZone, playing.Revision, playing.Seats));
        Assert.Empty(playing.Rsvps);
        Assert.Empty(playing.ReminderLeads);
        Assert.Empty(playing.RemindersSent);

        // The CHECK now takes Cancelled; a commit still expects the version the row was read at.
        var booked = (await store.GetAsync(new SessionId("book00000001"), CancellationToken.None))!;
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795100000000), booked.ScheduledFor);
        var cancelled = booked with { Phase = SessionPhase.Ended, EndReason = EndReason.Cancelled, EndedAt = booked.CreatedAt, Revision = 1 };
        await store.CommitAsync(new SessionCommit(cancelled, [], []), CancellationToken.None);
        await Assert.ThrowsAsync<SessionVersionConflictException>(() => store.CommitAsync(new SessionCommit(cancelled, [], []), CancellationToken.None));
        SessionAssert.Equivalent(cancelled, await _db.OpenStore().GetAsync(booked.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FromVersion7_ReactionsStillFollowTheirSession_AndTheIndexesHold()
    {
        await WriteVersion7DatabaseAsync();
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("sessions", await _db.TextAsync("SELECT \"table\" FROM pragma_foreign_key_list('reactions');"));
        var second = Samples.Session(SessionPhase.Playing, new ChannelAddress("discord", "g1", "c1"), "new000000002");
        await Assert.ThrowsAsync<LiveSessionConflictException>(() => store.SaveAsync(second, CancellationToken.None));

        var occurrence = new SeriesOccurrence(new SeriesId("filmclub0001"), new DateOnly(2026, 12, 4));
        await store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000001") with { Occurrence = occurrence }, CancellationToken.None);
        await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.SaveAsync(Samples.Scheduled(Samples.T0, id: "occ000000002") with { Occurrence = occurrence }, CancellationToken.None));

        await _db.ExecuteAsync("PRAGMA foreign_keys = ON; DELETE FROM sessions WHERE id = 'play00000001';");
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
        Assert.Equal(4, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox;"));
    }

    /// <summary>The file as version 7 left it: schema steps 1–7 and rows written with every column they had.</summary>
    private async Task WriteVersion7DatabaseAsync()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(7)]).EnsureMigratedAsync(CancellationToken.None);
        Assert.Equal(7, await _db.ScalarAsync("PRAGMA user_version;"));
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms, scheduled_for, countdown_target,
                created_at, started_at, ended_at, end_reason, participants, ready_user_ids, waiting_since,
                clock_played_ms, reaction_count, reaction_last_at, version)
            VALUES
                ('play00000001', 'discord', 'g1', 'c1', 'Heat', 'u1', 'alice', 'Playing', 'Everyone',
                 1795000000000, 30000, 1, 7200000, NULL, NULL, 1794999990000, 1794999995000, NULL, NULL,
                 '[{"id":"u1","name":"alice"},{"id":"u2","name":"bob"}]', '["u2"]', NULL,
                 30000, 2, '{"u1":1795000001000,"u2":1795000002000}', 4),
                ('book00000001', 'discord', 'g1', 'c2', 'Ran', 'u1', 'alice', 'Scheduled', 'HostOnly',
                 1794999990000, 0, 0, NULL, 1795100000000, NULL, 1794999990000, NULL, NULL, NULL,
                 '[{"id":"u1","name":"alice"}]', '[]', 1795000000000, 0, 0, '{}', 1),
                ('done00000001', 'slack', 'T1', 'C1', 'Alien', 'U1', 'carol', 'Ended', 'HostAndModerators',
                 1794000000000, 6000000, 0, 6000000, NULL, NULL, 1793990000000, 1793994000000, 1794000000000, 'ReachedEnd',
                 '[{"id":"U1","name":"carol"}]', '["U1"]', NULL, 6000000, 1, '{"U1":1793995000000}', 9);
            INSERT INTO reactions (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
            VALUES ('play00000001', 1, '🔥', NULL, 1000, 'u1', 'alice', 1795000001000),
                   ('play00000001', 2, '😂', 'ha', 2000, 'u2', 'bob', 1795000002000),
                   ('done00000001', 1, '👏', '', 5000, 'U1', 'carol', 1793995000000);
            INSERT INTO outbox (platform, space_id, channel_id, kind, session_id, facts, created_at, attempts, sent_at)
            VALUES ('discord', 'g1', 'c1', 'SessionStarted', 'play00000001', '{"a":1}', 1794999995000, 0, 1794999995100),
                   ('discord', 'g1', 'c1', 'SessionPaused', 'play00000001', '{"b":2}', 1795000000000, 2, NULL),
                   ('slack', 'T1', 'C1', 'SessionEnded', 'done00000001', '{"c":3}', 1794000000000, 0, NULL),
                   ('discord', 'g1', 'c9', 'SessionEnded', 'gone00000001', '{}', 1790000000000, 0, 1790000000001);
            INSERT INTO platform_links (platform, key, value)
            VALUES ('discord', 'card:session:play00000001', '1300000000000000001'),
                   ('slack', 'ahead:go:done00000001', 'Q1298393284');
            INSERT INTO space_moderators (platform, space_id, user_id, added_by) VALUES ('slack', 'T1', 'U2', 'U1');
            """);
    }
}
