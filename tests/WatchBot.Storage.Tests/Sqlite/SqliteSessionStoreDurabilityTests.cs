using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

public sealed class SqliteSessionStoreDurabilityTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Reopen_NewStoreOnTheSameFile_SeesEverySavedSession()
    {
        var session = Samples.EveryFieldSet();
        var scheduled = Samples.Scheduled(Samples.T0.AddHours(3));
        var first = _db.OpenStore();
        await first.SaveAsync(session, CancellationToken.None);
        await first.SaveAsync(scheduled, CancellationToken.None);
        first.Dispose();

        var reopened = _db.OpenStore();

        SessionAssert.Equivalent(session, await reopened.GetAsync(session.Id, CancellationToken.None));
        SessionAssert.Equivalent(scheduled, Assert.Single(await reopened.ListScheduledAsync(Samples.Channel, CancellationToken.None)));
    }

    [Fact]
    public async Task Reopen_SeesWritesCommittedWhileAnotherStoreIsStillOpen()
    {
        // What a kill -9 leaves: the writer never closed, its commits sit in the WAL.
        var writer = _db.OpenStore();
        Reaction[] reactions = [Samples.Reaction(1, "kept")];
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(reactions) };
        await writer.SaveAsync(session, reactions, CancellationToken.None);

        var reader = _db.OpenStore();

        SessionAssert.Equivalent(session, await reader.GetAsync(session.Id, CancellationToken.None));
        Assert.Equal(reactions, await reader.ListReactionsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ConcurrentSavesOfDifferentSessions_AllLand()
    {
        // A fresh store: the first operations also race to migrate.
        var store = _db.OpenStore();
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
        Assert.Equal(sessions.Count * 2, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
        Assert.Equal(SqliteSchema.LatestVersion, await _db.ScalarAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Save_ConcurrentSavesFromTwoStoreInstances_AllLand()
    {
        var one = _db.OpenStore();
        var two = _db.OpenStore();
        var sessions = Enumerable.Range(0, 20).Select(_ => Samples.Session(SessionPhase.Scheduled)).ToList();

        await Task.WhenAll(sessions.Select((s, i) => Task.Run(() => (i % 2 == 0 ? one : two).SaveAsync(s, CancellationToken.None))));

        Assert.Equal(sessions.Count, (await one.ListScheduledAsync(Samples.Channel, CancellationToken.None)).Count);
        Assert.Equal(sessions.Count, (await two.ListScheduledAsync(Samples.Channel, CancellationToken.None)).Count);
    }
}
