using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

public abstract class SessionStoreDurabilityContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Reopen_SeesWritesCommittedWhileAnotherStoreIsStillOpen()
    {
        // What a kill -9 leaves: the writer never closed, its commits sit in the WAL.
        var writer = Storage.OpenSessions();
        Reaction[] reactions = [Samples.Reaction(1, "kept")];
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(reactions) };
        await writer.SaveAsync(session, reactions, CancellationToken.None);

        var reader = Storage.OpenSessions();

        SessionAssert.Equivalent(session, await reader.GetAsync(session.Id, CancellationToken.None));
        Assert.Equal(reactions, await reader.ListReactionsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ConcurrentSavesOfDifferentSessions_AllLand()
    {
        // A fresh store: the first operations also race to migrate.
        var store = Storage.OpenSessions();
        var sessions = Enumerable.Range(0, 40)
            .Select(i => Samples.Session(SessionPhase.Playing, new ChannelAddress("discord", "guild-1", $"channel-{i}")) with
            {
                Reactions = Samples.Summary(Samples.Reaction(1, $"note {i}"), Samples.Reaction(2)),
            })
            .ToList();

        await Task.WhenAll(sessions.Select((s, i) => Task.Run(() => store.SaveAsync(s, [Samples.Reaction(1, $"note {i}"), Samples.Reaction(2)], CancellationToken.None))));

        var unfinished = await store.ListUnfinishedAsync(CancellationToken.None);
        Assert.Equal(sessions.Count, unfinished.Count);
        Assert.All(unfinished, s => Assert.Equal(2, s.Reactions.Count));
        Assert.Equal(sessions.Count * 2, await Storage.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
    }

    [Fact]
    public async Task Save_ConcurrentSavesFromTwoStoreInstances_AllLand()
    {
        var one = Storage.OpenSessions();
        var two = Storage.OpenSessions();
        var sessions = Enumerable.Range(0, 20).Select(_ => Samples.Session(SessionPhase.Scheduled)).ToList();

        await Task.WhenAll(sessions.Select((s, i) => Task.Run(() => (i % 2 == 0 ? one : two).SaveAsync(s, CancellationToken.None))));

        Assert.Equal(sessions.Count, (await one.ListScheduledAsync(Samples.Channel, CancellationToken.None)).Count);
        Assert.Equal(sessions.Count, (await two.ListScheduledAsync(Samples.Channel, CancellationToken.None)).Count);
    }
}
