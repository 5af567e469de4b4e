using System.Globalization;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Migrations_AreNumberedFromOne_InOrder()
    {
        // 1–12 without gaps; issue 12 numbered its migrations (13–17) up front, written on separate
        // branches, so until they are all merged this branch holds 17 without 13–16.
        var versions = SqliteSchema.Migrations.Select(m => m.Version).ToList();
        Assert.Equal(Enumerable.Range(1, 12), versions.Take(12));
        Assert.Equal(versions.Order().Distinct(), versions);
        Assert.All(SqliteSchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Name)));
    }

    [Fact]
    public async Task Initialize_NewFile_IsAtTheLatestSchemaVersion_WithEveryTable()
    {
        var store = _db.OpenStore();

        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(23, SqliteSchema.LatestVersion);
        Assert.Equal(SqliteSchema.LatestVersion, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(
            "audit_log,bans,calendar_feeds,fleet_instances,outbox,outbox_leases,platform_links,poll_nominations,poll_votes,polls,reactions,recaps,reminder_opt_outs,series,sessions,space_moderators,space_settings",
            await _db.TextAsync("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name);"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_sessions_live_channel';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_sessions_channel_phase';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_sessions_occurrence';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_sessions_space_phase';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_calendar_feeds_secret_hash';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_audit_log_space_latest';"));
    }

    [Fact]
    public async Task Initialize_CreatesAMissingFolder()
    {
        var nested = Path.Combine(_db.Folder, "a", "b", "watchbot.db");
        var store = _db.StoreAt(nested);

        await store.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(nested));
        Assert.Equal(nested, store.FilePath);
    }

    [Fact]
    public async Task Initialize_Again_AndReopen_IsIdempotent()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);
        var session = Samples.EveryFieldSet();
        await store.SaveAsync(session, CancellationToken.None);
        var schema = await _db.TextAsync("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name);");

        await store.InitializeAsync(CancellationToken.None);
        var reopened = _db.OpenStore();
        await reopened.InitializeAsync(CancellationToken.None);
        await _db.OpenStore().InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(schema, await _db.TextAsync("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name);"));
        SessionAssert.Equivalent(session, await reopened.GetAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Connections_AreDurable_Wal_SynchronousFull_ForeignKeys_BusyTimeout()
    {
        var database = _db.OpenDatabase();

        await using var connection = await database.OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal("2", await Pragma(connection, "synchronous")); // FULL
        Assert.Equal("1", await Pragma(connection, "foreign_keys"));
        Assert.Equal("5000", await Pragma(connection, "busy_timeout"));
    }

    [Fact]
    public async Task Migrate_WhenAStepFails_LeavesVersionAndSchemaUntouched()
    {
        var broken = new SqliteMigration(2, "broken", "CREATE TABLE extra (x INTEGER); SELECT * FROM no_such_table;");
        var database = _db.OpenDatabase([SqliteSchema.Migrations[0], broken]);

        await Assert.ThrowsAsync<SqliteException>(() => database.EnsureMigratedAsync(CancellationToken.None));

        Assert.Equal(0, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table';"));
    }

    [Fact]
    public async Task Migrate_FromAnOlderVersion_AppliesOnlyTheNewSteps()
    {
        await _db.OpenDatabase().EnsureMigratedAsync(CancellationToken.None);
        var later = SqliteSchema.LatestVersion + 1;
        var next = new SqliteMigration(later, "a later step", "ALTER TABLE sessions ADD COLUMN later TEXT;");

        await _db.OpenDatabase([.. SqliteSchema.Migrations, next]).EnsureMigratedAsync(CancellationToken.None);

        Assert.Equal(later, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('sessions') WHERE name = 'later';"));
    }

    [Fact]
    public async Task Migrate_ToPlayedTime_KeepsSessionsAndTakesTheAnchorAsPlayedForStartedOnes()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Take(2)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                                  clock_anchor_at, clock_anchor_position_ms, clock_running, created_at, started_at, scheduled_for)
            VALUES ('paused000001', 'shell', 'local', 'c1', 'Heat', 'u1', 'alice', 'Paused', 'HostAndModerators', 0, 65000, 0, 0, 0, NULL),
                   ('planned00001', 'shell', 'local', 'c2', 'Alien', 'u1', 'alice', 'Scheduled', 'HostAndModerators', 0, 0, 0, 0, NULL, 3600000);
            """);
        var store = _db.OpenStore();

        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, (int)await _db.ScalarAsync("PRAGMA user_version;"));
        var paused = await store.GetAsync(new SessionId("paused000001"), CancellationToken.None);
        var planned = await store.GetAsync(new SessionId("planned00001"), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(65), paused!.Clock.PlayedBefore);
        Assert.Equal(TimeSpan.FromSeconds(65), paused.Clock.AnchorPosition);
        Assert.Equal(TimeSpan.Zero, planned!.Clock.PlayedBefore);
    }

    [Fact]
    public async Task Initialize_FileFromANewerWatchBot_FailsNamingTheVersion()
    {
        await _db.ExecuteAsync("PRAGMA user_version = 99;");
        var store = _db.OpenStore();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ListUnfinishedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Initialize_FileThatIsNotADatabase_Fails()
    {
        await File.WriteAllTextAsync(_db.FilePath, string.Concat(Enumerable.Repeat("not a database ", 100)));
        var store = _db.OpenStore();

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.InitializeAsync(CancellationToken.None));

        Assert.Equal(26, error.SqliteErrorCode); // SQLITE_NOTADB
    }

    [Fact]
    public async Task Initialize_AfterAFailure_IsTriedAgain()
    {
        // A file where the folder should be: creating the folder fails until it is removed.
        var blocked = Path.Combine(_db.Folder, "data");
        await File.WriteAllTextAsync(blocked, "in the way");
        var store = _db.StoreAt(Path.Combine(blocked, "watchbot.db"));
        await Assert.ThrowsAsync<IOException>(() => store.InitializeAsync(CancellationToken.None));

        File.Delete(blocked);
        await store.SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);

        Assert.Single(await store.ListUnfinishedAsync(CancellationToken.None));
    }

    private static async Task<string> Pragma(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
