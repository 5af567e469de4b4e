using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>A session's ready check (schema version 19) as stored and read back.</summary>
public abstract class SessionStoreReadyCheckContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    private static readonly DateTimeOffset Opened = DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_000);

    [Theory]
    [InlineData(3)]
    [InlineData(null)]
    public async Task AHeldStart_IsReadBackWithItsCheck_AfterARestart(int? count)
    {
        var check = new ReadyCheck(count, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10)) { OpenedAt = Opened, Deadline = Opened.AddMinutes(5) };
        var held = Samples.Session(SessionPhase.Paused) with { ReadyCheck = check };
        var plain = Samples.Session(SessionPhase.Scheduled, id: "plain0000001");
        await Storage.OpenSessions().SaveAsync(held, CancellationToken.None);
        await Storage.OpenSessions().SaveAsync(plain, CancellationToken.None);

        var store = Storage.OpenSessions();

        Assert.Equal(check, (await store.GetAsync(held.Id, CancellationToken.None))!.ReadyCheck);
        Assert.Null((await store.GetAsync(plain.Id, CancellationToken.None))!.ReadyCheck);
        Assert.Equal(300_000, await Storage.ScalarAsync($"SELECT ready_wait_ms FROM sessions WHERE id = '{held.Id}';"));
    }

    [Fact]
    public async Task ABookingWithACheckNotOpenYet_KeepsItsOpeningEmpty()
    {
        var check = new ReadyCheck(2, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var booked = Samples.Session(SessionPhase.Scheduled) with { ReadyCheck = check };
        await Storage.OpenSessions().SaveAsync(booked, CancellationToken.None);

        var read = (await Storage.OpenSessions().GetAsync(booked.Id, CancellationToken.None))!.ReadyCheck!;

        Assert.Equal(check, read);
        Assert.Null(read.OpenedAt);
        Assert.Null(read.Deadline);
    }
}
