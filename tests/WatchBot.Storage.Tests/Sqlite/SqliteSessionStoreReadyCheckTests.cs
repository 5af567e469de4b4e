using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The session store contract (ReadyCheck) on SQLite, and what only the file shows.</summary>
public sealed class SqliteSessionStoreReadyCheckTests : SessionStoreReadyCheckContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

    [Fact]
    public async Task FromVersion17_SessionsStoredBefore_HaveNoCheck()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Where(m => m.Version <= 17)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, created_at, participants, ready_user_ids)
            VALUES ('old000000001', 'shell', 'local', 'a', 'Heat', 'u1', 'alice', 'Scheduled', 'HostAndModerators',
                    1795000000000, 0, 0, 1794999990000, '[]', '[]');
            """);

        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.Null((await store.GetAsync(new SessionId("old000000001"), CancellationToken.None))!.ReadyCheck);
    }
}
