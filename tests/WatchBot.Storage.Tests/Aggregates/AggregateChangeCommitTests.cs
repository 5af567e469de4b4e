using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Aggregates;

/// <summary>A decision's changes to another aggregate commit in the session's transaction: all or nothing.</summary>
public sealed class AggregateChangeCommitTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Commit_SessionAndTally_BothAreStored()
    {
        using var store = await StoreAsync();
        var session = Samples.Session(SessionPhase.Playing);

        await store.CommitAsync(new SessionCommit(session, [], [Entry(session)]) { Changes = [Tally.New("t1", 3)] }, None);

        Assert.NotNull(await store.GetAsync(session.Id, None));
        Assert.Equal(3, await _db.ScalarAsync("SELECT count FROM tallies WHERE id = 't1';"));
        Assert.Equal(1, await _db.ScalarAsync("SELECT version FROM tallies WHERE id = 't1';"));
    }

    [Fact]
    public async Task Commit_TallyAtAStaleVersion_NothingIsApplied_NotEvenTheSession()
    {
        using var store = await StoreAsync();
        var first = Samples.Session(SessionPhase.Scheduled);
        await store.CommitAsync(new SessionCommit(first, [], []) { Changes = [Tally.New("t1", 1)] }, None);

        // Another writer moved the tally on (version 2); this decision read it at 1.
        await _db.ExecuteAsync("UPDATE tallies SET count = 5, version = 2 WHERE id = 't1';");
        var second = Samples.Session(SessionPhase.Playing);
        var stale = new Tally(new AggregateKey(Tally.Kind, "t1"), ExpectedVersion: 1, Count: 2);

        await Assert.ThrowsAsync<AggregateVersionConflictException>(
            () => store.CommitAsync(new SessionCommit(second, [], [Entry(second)]) { Changes = [stale] }, None));

        Assert.Null(await store.GetAsync(second.Id, None));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox;"));
        Assert.Equal(5, await _db.ScalarAsync("SELECT count FROM tallies WHERE id = 't1';"));
    }

    [Fact]
    public async Task Commit_AChangeNoWriterKnows_IsRefused_AndNothingIsSaved()
    {
        using var store = await StoreAsync();
        var session = Samples.Session(SessionPhase.Playing);
        var unknown = new Tally(new AggregateKey("poll", "p1"), 0, 1);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.CommitAsync(new SessionCommit(session, [], []) { Changes = [unknown] }, None));

        Assert.Null(await store.GetAsync(session.Id, None));
    }

    private async Task<SqliteSessionStore> StoreAsync()
    {
        var store = new SqliteSessionStore(Options.Create(_db.StorageOptions), NullLogger<SqliteSessionStore>.Instance, [new TallyWriter()]);
        await store.InitializeAsync(None);
        await _db.ExecuteAsync(TallyWriter.CreateTable);
        return store;
    }

    private static OutboxEntry Entry(WatchSession session) => new(0, session.Channel, "PlaybackStarted", session.Id, "{}", Samples.T0);
}
