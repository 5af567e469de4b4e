using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>An age-restricted session (<c>rated:18</c>, schema version 17) as stored and read back.</summary>
public sealed class SqliteSessionStoreRatingTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ARatedSession_IsStoredAsOne_AndReadBackRatedAfterARestart()
    {
        var rated = Samples.Session(SessionPhase.Scheduled) with { Adult = true };
        var plain = Samples.Session(SessionPhase.Scheduled, id: "plain0000001");
        await _db.OpenStore().SaveAsync(rated, CancellationToken.None);
        await _db.OpenStore().SaveAsync(plain, CancellationToken.None);

        // A new store on the file: what the process sees after a restart.
        var store = _db.OpenStore();
        Assert.True((await store.GetAsync(rated.Id, CancellationToken.None))!.Adult);
        Assert.False((await store.GetAsync(plain.Id, CancellationToken.None))!.Adult);
        Assert.Equal(1, await _db.ScalarAsync($"SELECT adult FROM sessions WHERE id = '{rated.Id}';"));
        Assert.Equal(0, await _db.ScalarAsync($"SELECT adult FROM sessions WHERE id = '{plain.Id}';"));
    }

    [Fact]
    public async Task FromVersion12_SessionsStoredBefore_AreNotRated()
    {
        await _db.OpenDatabase([.. SqliteSchema.Migrations.Where(m => m.Version <= 12)]).EnsureMigratedAsync(CancellationToken.None);
        await _db.ExecuteAsync("""
            INSERT INTO sessions (id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, created_at, participants, ready_user_ids)
            VALUES ('old000000001', 'shell', 'local', 'a', 'Heat', 'u1', 'alice', 'Scheduled', 'HostAndModerators',
                    1795000000000, 0, 0, 1794999990000, '[]', '[]');
            """);

        var store = _db.OpenStore();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(SqliteSchema.LatestVersion, await _db.ScalarAsync("PRAGMA user_version;"));
        Assert.False((await store.GetAsync(new SessionId("old000000001"), CancellationToken.None))!.Adult);
    }
}
