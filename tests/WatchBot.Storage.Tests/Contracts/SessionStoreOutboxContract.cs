using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>Versioned commits and the outbox they write, on a real database.</summary>
public abstract class SessionStoreOutboxContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Commit_StoresTheSessionAtTheNextVersionWithItsOutboxEntriesInOrder()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing);

        var committed = await store.CommitAsync(new SessionCommit(session, [], [Entry(session, "PlaybackStarted"), Entry(session, "PlaybackPaused")]), CancellationToken.None);

        Assert.Equal(1, (await store.GetAsync(session.Id, CancellationToken.None))!.Version);
        Assert.True(committed[0].Id < committed[1].Id);
        var pending = await store.ListPendingOutboxAsync(10, CancellationToken.None);
        Assert.Equal(["PlaybackStarted", "PlaybackPaused"], pending.Select(e => e.Kind));
        Assert.Equal(committed, pending);
    }

    [Fact]
    public async Task Commit_AtAStaleVersion_IsRefusedAndWritesNothing()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing);
        await store.CommitAsync(new SessionCommit(session, [], []), CancellationToken.None);
        var read = (await store.GetAsync(session.Id, CancellationToken.None))!;
        await store.CommitAsync(new SessionCommit(read with { Title = "first writer" }, [], []), CancellationToken.None);

        // A second writer that read the same version commits after the first one.
        var stale = store.CommitAsync(new SessionCommit(read with { Title = "second writer" }, [Samples.Reaction(1)], [Entry(read, "PlaybackPaused")]), CancellationToken.None);

        await Assert.ThrowsAsync<SessionVersionConflictException>(() => stale);
        var stored = (await store.GetAsync(session.Id, CancellationToken.None))!;
        Assert.Equal(("first writer", 2L), (stored.Title, stored.Version));
        Assert.Empty(await store.ListPendingOutboxAsync(10, CancellationToken.None));
        Assert.Empty(await store.ListReactionsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Commit_OfANewSessionWhoseIdExists_IsAConflict()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing);
        await store.CommitAsync(new SessionCommit(session, [], []), CancellationToken.None);

        await Assert.ThrowsAsync<SessionVersionConflictException>(() => store.CommitAsync(new SessionCommit(session, [], []), CancellationToken.None));
    }

    [Fact]
    public async Task MarkSent_Twice_KeepsTheFirstInstantAndTheEntryLeavesThePending()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing);
        var entry = Assert.Single(await store.CommitAsync(new SessionCommit(session, [], [Entry(session, "PlaybackStarted")]), CancellationToken.None));

        await store.MarkOutboxFailedAsync(entry.Id, CancellationToken.None);
        Assert.Equal(1, Assert.Single(await store.ListPendingOutboxAsync(10, CancellationToken.None)).Attempts);
        await store.MarkOutboxSentAsync(entry.Id, Samples.T0, CancellationToken.None);
        await store.MarkOutboxSentAsync(entry.Id, Samples.T0.AddHours(1), CancellationToken.None);

        Assert.Empty(await store.ListPendingOutboxAsync(10, CancellationToken.None));
        Assert.Equal(Samples.T0.ToUnixTimeMilliseconds(), await Storage.ScalarAsync($"SELECT {Storage.UnixMilliseconds("sent_at")} FROM outbox WHERE id = {entry.Id};"));
    }

    private static OutboxEntry Entry(WatchSession session, string kind) =>
        new(0, session.Channel, kind, session.Id, "{}", Samples.T0);
}
