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

    [Fact]
    public async Task Commit_ConcurrentWritersOfOneVersion_FromSeveralInstances_ExactlyOneWins_WithItsOutbox()
    {
        var session = Samples.Session(SessionPhase.Playing);
        await Storage.OpenSessions().CommitAsync(new SessionCommit(session, [], []), CancellationToken.None);
        var read = (await Storage.OpenSessions().GetAsync(session.Id, CancellationToken.None))!;
        var writers = Enumerable.Range(0, 6).Select(_ => Storage.OpenSessions()).ToList();

        // Each instance read version 1 and commits its own change: the others must be refused whole.
        var outcomes = await Task.WhenAll(writers.Select((store, i) => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(new SessionCommit(read with { Title = $"writer {i}" }, [], [Entry(read, $"Kind{i}")]), CancellationToken.None);
                return i;
            }
            catch (SessionVersionConflictException)
            {
                return -1;
            }
        })));

        var winner = Assert.Single(outcomes, o => o >= 0);
        var stored = (await Storage.OpenSessions().GetAsync(session.Id, CancellationToken.None))!;
        Assert.Equal(($"writer {winner}", 2L), (stored.Title, stored.Version));
        Assert.Equal([$"Kind{winner}"], (await Storage.OpenSessions().ListPendingOutboxAsync(10, CancellationToken.None)).Select(e => e.Kind));
    }

    [Fact]
    public async Task Facts_ComeBackExactlyAsCommitted()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing);
        const string Facts = """{"$type":"paused","by":{"name":"Zoë \"Z\"","id":"u-1"},"at":1741982400000,"a":[]}""";

        await store.CommitAsync(new SessionCommit(session, [], [Entry(session, "PlaybackPaused") with { Facts = Facts }]), CancellationToken.None);

        Assert.Equal(Facts, Assert.Single(await Storage.OpenSessions().ListPendingOutboxAsync(10, CancellationToken.None)).Facts);
    }

    private static OutboxEntry Entry(WatchSession session, string kind) =>
        new(0, session.Channel, kind, session.Id, "{}", Samples.T0);
}
