using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>A session's ready check (schema version 19) as stored and read back.</summary>
public sealed class SqliteSessionStoreReadyCheckTests : IDisposable
{
    private static readonly DateTimeOffset Opened = DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_000);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData(3)]
    [InlineData(null)]
    public async Task AHeldStart_IsReadBackWithItsCheck_AfterARestart(int? count)
    {
        var check = new ReadyCheck(count, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10)) { OpenedAt = Opened, Deadline = Opened.AddMinutes(5) };
        var held = Samples.Session(SessionPhase.Paused) with { ReadyCheck = check };
        var plain = Samples.Session(SessionPhase.Scheduled, id: "plain0000001");
        await _db.OpenStore().SaveAsync(held, CancellationToken.None);
        await _db.OpenStore().SaveAsync(plain, CancellationToken.None);

        var store = _db.OpenStore();

        Assert.Equal(check, (await store.GetAsync(held.Id, CancellationToken.None))!.ReadyCheck);
        Assert.Null((await store.GetAsync(plain.Id, CancellationToken.None))!.ReadyCheck);
        Assert.Equal(300_000, await _db.ScalarAsync($"SELECT ready_wait_ms FROM sessions WHERE id = '{held.Id}';"));
    }

    [Fact]
    public async Task ABookingWithACheckNotOpenYet_KeepsItsOpeningEmpty()
    {
        var check = new ReadyCheck(2, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var booked = Samples.Session(SessionPhase.Scheduled) with { ReadyCheck = check };
        await _db.OpenStore().SaveAsync(booked, CancellationToken.None);

        var read = (await _db.OpenStore().GetAsync(booked.Id, CancellationToken.None))!.ReadyCheck!;

        Assert.Equal(check, read);
        Assert.Null(read.OpenedAt);
        Assert.Null(read.Deadline);
    }

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
