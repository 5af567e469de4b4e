using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Outbox;
using WatchBot.Testing;
using WatchBot.Testing.Postgres;
using static WatchBot.Storage.Tests.Fleet.FleetMember;

namespace WatchBot.Storage.Tests.Fleet;

/// <summary>
/// Several instances on one PostgreSQL database (the real server, each test its own database) and one
/// clock: a channel's outbox entries are sent by the holder of its lease only, once and in order; a
/// starting instance leaves another's channels alone; a dead instance's entries go out once its lease lapses.
/// </summary>
public sealed class FleetOutboxTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TestTime.Start);
    private PostgresTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task AStartingInstance_DoesNotResendEntriesAnotherInstanceIsSending()
    {
        await using var a = await FleetMember.StartAsync(_database.ConnectionString, _time, "a");
        await a.SayAsync(Alice, "/watch start in:30s");
        a.Platform.FailAll = true;
        await a.SayAsync(Bob, "/watch ready");

        // A holds the channel and its ready notice is pending (its platform is slow): B starts meanwhile.
        await using var b = await FleetMember.StartAsync(_database.ConnectionString, _time, "b");
        await b.Coordinator.RecoverAsync(CancellationToken.None);
        await b.Coordinator.SweepOutboxAsync(CancellationToken.None);
        Assert.Empty(b.Platform.Said);

        a.Platform.FailAll = false;
        await a.SayAsync(Carol, "/watch ready");

        Assert.Equal([nameof(CountdownStarted), nameof(ReadyMarked), nameof(ReadyMarked)], a.Kinds);
        Assert.Empty(b.Platform.Said);
        Assert.Empty(await a.Store.ListPendingOutboxAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task ADeadInstancesPendingEntries_AreSentByASurvivor_OnceItsLeaseLapses_InOrder_UnderTheirKeys()
    {
        await using var a = await FleetMember.StartAsync(_database.ConnectionString, _time, "a");
        await using var b = await FleetMember.StartAsync(_database.ConnectionString, _time, "b");
        await a.SayAsync(Alice, "/watch start in:60s");
        a.Platform.FailAll = true;
        await a.SayAsync(Bob, "/watch ready");
        await a.SayAsync(Carol, "/watch ready");
        var pending = await a.Store.ListPendingOutboxAsync(10, CancellationToken.None);
        Assert.Equal(2, pending.Count);

        // A dies here. Within its lease nobody takes the channel.
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await b.Coordinator.SweepOutboxAsync(CancellationToken.None));
        Assert.Empty(b.Platform.Said);

        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(2, await b.Coordinator.SweepOutboxAsync(CancellationToken.None));

        Assert.Equal([nameof(ReadyMarked), nameof(ReadyMarked)], b.Kinds);
        Assert.Equal(["bob", "carol"], b.Platform.Of<ReadyMarked>().Select(r => r.By.DisplayName));
        Assert.Equal(pending.Select(e => OutboxDeliveryKey.For(e.Id)), b.Platform.Shown.Select(s => s.View.DeliveryKey));
        Assert.Empty(await b.Store.ListPendingOutboxAsync(10, CancellationToken.None));
        Assert.Equal([nameof(CountdownStarted)], a.Kinds);
    }

    [Fact]
    public async Task AfterAHandOver_TheOldInstancesNewEntries_WaitForTheNewHolder_AndKeepTheChannelsOrder()
    {
        await using var a = await FleetMember.StartAsync(_database.ConnectionString, _time, "a");
        await using var b = await FleetMember.StartAsync(_database.ConnectionString, _time, "b");
        await a.SayAsync(Alice, "/watch start in:60s");
        a.Platform.FailAll = true;
        await a.SayAsync(Bob, "/watch ready");
        _time.Advance(TimeSpan.FromSeconds(11));
        await b.Coordinator.SweepOutboxAsync(CancellationToken.None);

        // A is alive again, and a command lands on it: B holds the channel now, so A leaves its entry pending.
        a.Platform.FailAll = false;
        await a.SayAsync(Carol, "/watch ready");
        Assert.Equal([nameof(CountdownStarted)], a.Kinds);

        // B's next sweep sends it at once (a channel B holds waits for no age), after what B sent before.
        Assert.Equal(1, await b.Coordinator.SweepOutboxAsync(CancellationToken.None));
        Assert.Equal(["bob", "carol"], b.Platform.Of<ReadyMarked>().Select(r => r.By.DisplayName));
        Assert.Empty(await b.Store.ListPendingOutboxAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task TheSweep_LeavesAFreeChannelsYoungEntries_ToTheirCommittingInstance()
    {
        await using var a = await FleetMember.StartAsync(_database.ConnectionString, _time, "a");
        await using var b = await FleetMember.StartAsync(_database.ConnectionString, _time, "b");
        a.Platform.FailAll = true;
        await a.SayAsync(Alice, "/watch start in:60s");
        await a.Coordinator.ReleaseOutboxLeasesAsync(CancellationToken.None);

        Assert.Equal(0, await b.Coordinator.SweepOutboxAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await b.Coordinator.SweepOutboxAsync(CancellationToken.None));
        Assert.Equal([nameof(CountdownStarted)], b.Kinds);
    }
}
