using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// Version 3 rebuilds sessions and reactions (a new end reason in a CHECK constraint, and
/// <c>waiting_since</c>): a database written by version 2 keeps every row and every rule.
/// </summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task FromVersion2_KeepsSessionsAndReactions_AndTheNewFieldsRoundTrip()
    {
        await WriteVersion2DatabaseAsync();

        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, (int)await _db.ScalarAsync("PRAGMA user_version;"));
        var old = await store.GetAsync(new SessionId("old000000001"), CancellationToken.None);
        Assert.NotNull(old);
        Assert.Equal(("Heat", SessionPhase.Playing, EndReason.EndedByUser), (old.Title, old.Phase, old.EndReason));
        Assert.Null(old.WaitingSince);
        Assert.Equal(["🔥", "😂"], (await store.ListReactionsAsync(old.Id, CancellationToken.None)).Select(r => r.Emoji));

        // Version 5 filled the summary from the stored reactions: the next one is number 3, alice last reacted at 2 s.
        Assert.Equal(2, old.Reactions.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795000002000), old.Reactions.LastBy(new UserKey("shell", "u1")));

        // Rows from before people carried a platform: everyone is on the session channel's platform.
        Assert.Equal(new UserKey("shell", "u1"), old.Host.Key);
        Assert.All((await store.ListReactionsAsync(old.Id, CancellationToken.None)).Select(r => r.By.Platform), p => Assert.Equal("shell", p));
        Assert.Null(old.Reactions.LastBy(new UserKey("slack", "u1")));
        Assert.Equal("{\"a\":1}", await _db.TextAsync("SELECT value FROM platform_links WHERE key = 'k';"));

        // Version 6: rows written before versions existed read at version 1, and a commit expecting it applies.
        Assert.Equal(1, old.Version);
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox;"));
        await store.CommitAsync(new WatchBot.Engine.Ports.SessionCommit(old with { Title = "Heat (1995)" }, [], []), CancellationToken.None);
        old = (await store.GetAsync(old.Id, CancellationToken.None))!;
        Assert.Equal(("Heat (1995)", 2L), (old.Title, old.Version));

        var ended = old with { Phase = SessionPhase.Ended, EndReason = EndReason.ReachedEnd, WaitingSince = old.CreatedAt };
        await store.SaveAsync(ended, CancellationToken.None);
        SessionAssert.Equivalent(ended, await _db.OpenStore().GetAsync(ended.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FromVersion2_ReactionsStillFollowTheirSession_AndTheLiveIndexStillHolds()
    {
        await WriteVersion2DatabaseAsync();
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("sessions", await _db.TextAsync("SELECT \"table\" FROM pragma_foreign_key_list('reactions');"));
        var second = Samples.Session(SessionPhase.Playing, new ChannelAddress("shell", "local", "general"), "new000000002");
        await Assert.ThrowsAsync<WatchBot.Engine.Ports.LiveSessionConflictException>(() => store.SaveAsync(second, CancellationToken.None));

        await _db.ExecuteAsync("PRAGMA foreign_keys = ON; DELETE FROM sessions WHERE id = 'old000000001';");
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_v3';"));
    }

    [Fact]
    public async Task FromVersion4_FillsEachSessionsReactionSummary_FromItsStoredReactions()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(4)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, created_at, participants, ready_user_ids)
            VALUES ('busy00000001', 'shell', 'local', 'a', 'Heat', 'u1', 'alice', 'Playing', 'HostAndModerators',
                    1795000000000, 0, 1, 1794999990000, '[]', '[]'),
                   ('quiet0000001', 'shell', 'local', 'b', 'Ran', 'u1', 'alice', 'Scheduled', 'HostAndModerators',
                    1795000000000, 0, 0, 1794999990000, '[]', '[]');
            INSERT INTO reactions (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
            VALUES ('busy00000001', 1, '🔥', NULL, 1000, 'u1', 'alice', 1795000001000),
                   ('busy00000001', 2, '😂', NULL, 2000, 'u2', 'bob', 1795000002000),
                   ('busy00000001', 3, '😂', NULL, 3000, 'u1', 'alice', 1795000003000);
            """);

        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        var busy = (await store.GetAsync(new SessionId("busy00000001"), CancellationToken.None))!.Reactions;
        Assert.Equal(3, busy.Count);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795000003000), busy.LastBy(new UserKey("shell", "u1")));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1795000002000), busy.LastBy(new UserKey("shell", "u2")));
        Assert.Equal(ReactionSummary.None, (await store.GetAsync(new SessionId("quiet0000001"), CancellationToken.None))!.Reactions);
    }

    [Fact]
    public async Task FromVersion6_TheAdaptersLinksFollowTheKitsKeys_SoOldCardsAreEditedAndQueuedGosClaimedOnce()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(6)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("""
            INSERT INTO platform_links (platform, key, value) VALUES
                ('discord', 'session-message:abc000000001', '1300000000000000001'),
                ('slack', 'msg:abc000000002', '1795000000.000100'),
                ('slack', 'sched:abc000000002', 'Q1298393284'),
                ('shell', 'k', 'v');
            """);

        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var links = new SqlitePlatformLinks(store.Database);

        Assert.Equal("1300000000000000001", await links.GetAsync("discord", "card:session:abc000000001", CancellationToken.None));
        Assert.Equal("1795000000.000100", await links.GetAsync("slack", "card:session:abc000000002", CancellationToken.None));
        Assert.Equal("Q1298393284", await links.GetAsync("slack", "ahead:go:abc000000002", CancellationToken.None));
        Assert.Null(await links.GetAsync("discord", "session-message:abc000000001", CancellationToken.None));
        Assert.Equal("v", await links.GetAsync("shell", "k", CancellationToken.None));
    }

    /// <summary>The file as version 2 left it: schema steps 1–2 and rows written with their columns.</summary>
    private async Task WriteVersion2DatabaseAsync()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(2)]).EnsureMigratedAsync(CancellationToken.None);
        Assert.Equal(2, await _db.ScalarAsync("PRAGMA user_version;"));
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms, scheduled_for, countdown_target,
                created_at, started_at, ended_at, end_reason, participants, ready_user_ids)
            VALUES ('old000000001', 'shell', 'local', 'general', 'Heat', 'u1', 'alice', 'Playing', 'HostAndModerators',
                1795000000000, 0, 1, NULL, NULL, NULL, 1794999990000, 1795000000000, NULL, 'EndedByUser',
                '[{"id":"u1","name":"alice"}]', '[]');
            INSERT INTO reactions (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
            VALUES ('old000000001', 1, '🔥', NULL, 1000, 'u1', 'alice', 1795000001000),
                   ('old000000001', 2, '😂', 'ha', 2000, 'u1', 'alice', 1795000002000);
            INSERT INTO platform_links (platform, key, value) VALUES ('shell', 'k', '{"a":1}');
            """);
    }
}
