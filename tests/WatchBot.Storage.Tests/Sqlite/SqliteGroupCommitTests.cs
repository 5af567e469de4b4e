using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// The session file's group commit on a real file: commits that wait at the same moment share one
/// transaction, each is acknowledged only once committed and stored exactly once, and one that fails
/// (a conflict, or a write that breaks the transaction) does not take the others down.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task CommitsWaitingTogether_ShareOneTransaction_AndEachIsStoredOnce()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        var sessions = Enumerable.Range(0, 100).Select(i => Samples.Session(SessionPhase.Scheduled, Channel(i), "booking-" + i)).ToList();
        var before = store.Database.GroupTransactions;

        // Everything is queued while another writer of the file holds the turn, as under load.
        Task<IReadOnlyList<OutboxEntry>>[] commits;
        using (await store.Database.WriterTurnAsync(None))
        {
            commits = [.. sessions.Select(s => store.CommitAsync(new SessionCommit(s, [], [Entry(s), Entry(s)]), None))];
            Assert.All(commits, c => Assert.False(c.IsCompleted));
        }

        var committed = await Task.WhenAll(commits);

        Assert.Equal(1, store.Database.GroupTransactions - before);
        Assert.All(committed, c => Assert.Equal(2, c.Count));
        Assert.Equal(200, committed.SelectMany(c => c).Select(e => e.Id).Distinct().Count());
        Assert.Equal(100, await _db.ScalarAsync("SELECT COUNT(DISTINCT id) FROM sessions;"));
        Assert.Equal(100, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(200, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox;"));

        // What a restarted process reads: every acknowledged booking.
        var reopened = _db.OpenStore();
        foreach (var session in sessions)
        {
            Assert.NotNull(await reopened.GetAsync(session.Id, None));
        }
    }

    [Fact]
    public async Task ConflictsInAGroup_FailAlone_AndTheOthersCommit()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        var sessions = Enumerable.Range(0, 20).Select(i => Samples.Session(SessionPhase.Playing, Channel(i), "live-" + i)).ToList();

        // A second live session in channel 3 (the live index), and session 5 committed twice as new (a version conflict).
        var secondLive = Samples.Session(SessionPhase.Playing, Channel(3), "second-live");
        Task<IReadOnlyList<OutboxEntry>>[] commits;
        Task<IReadOnlyList<OutboxEntry>> liveConflict, versionConflict;
        using (await store.Database.WriterTurnAsync(None))
        {
            commits = [.. sessions.Take(10).Select(s => Commit(store, s))];
            liveConflict = Commit(store, secondLive);
            versionConflict = Commit(store, sessions[5] with { Title = "twice" });
            commits = [.. commits, .. sessions.Skip(10).Select(s => Commit(store, s))];
        }

        await Assert.ThrowsAsync<LiveSessionConflictException>(() => liveConflict);
        await Assert.ThrowsAsync<SessionVersionConflictException>(() => versionConflict);
        Assert.All(await Task.WhenAll(commits), c => Assert.Single(c));
        Assert.Equal(20, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions WHERE id = 'second-live' OR title = 'twice';"));
        Assert.Equal(20, await _db.ScalarAsync("SELECT COUNT(*) FROM outbox;"));
    }

    [Fact]
    public async Task AWriteThatBreaksTheGroupsTransaction_FailsAlone_AndTheOthersAreWrittenOnceEach()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        await _db.ExecuteAsync("CREATE TABLE probe (n INTEGER NOT NULL);");
        var database = store.Database;
        var before = database.GroupTransactions;

        Task<int>[] writes;
        using (await database.WriterTurnAsync(None))
        {
            writes = [.. Enumerable.Range(0, 10).Select(n => database.WriteAsync(
                async (connection, transaction, ct) =>
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    // Number 4 ends the transaction under everyone's feet, as a disk error would.
                    command.CommandText = n == 4 ? "ROLLBACK;" : "INSERT INTO probe (n) VALUES (@n);";
                    command.Parameters.AddWithValue("@n", n);
                    await command.ExecuteNonQueryAsync(ct);
                    return n;
                },
                None))];
        }

        await Assert.ThrowsAnyAsync<Exception>(() => writes[4]);
        var others = await Task.WhenAll(writes.Where((_, i) => i != 4));
        Assert.Equal([0, 1, 2, 3, 5, 6, 7, 8, 9], others);
        Assert.Equal(9, await _db.ScalarAsync("SELECT COUNT(*) FROM probe;"));
        Assert.Equal(9, await _db.ScalarAsync("SELECT COUNT(DISTINCT n) FROM probe;"));

        // The group was rolled back and each of the nine committed alone.
        Assert.Equal(9, database.GroupTransactions - before);
    }

    [Fact]
    public async Task AWriteCancelledWhileQueued_IsNotWritten_AndTheOthersAre()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        using var cancel = new CancellationTokenSource();
        var kept = Samples.Session(SessionPhase.Scheduled, Channel(1), "kept");
        var dropped = Samples.Session(SessionPhase.Scheduled, Channel(2), "dropped");

        Task<IReadOnlyList<OutboxEntry>> keptCommit, droppedCommit;
        using (await store.Database.WriterTurnAsync(None))
        {
            keptCommit = Commit(store, kept);
            droppedCommit = store.CommitAsync(new SessionCommit(dropped, [], [Entry(dropped)]), cancel.Token);
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => droppedCommit);
        Assert.Single(await keptCommit);
        Assert.Equal("kept", await _db.TextAsync("SELECT group_concat(id) FROM sessions;"));
    }

    [Fact]
    public async Task TheWal_IsCopiedIntoTheFileBesideTheWriter_AfterEnoughWrites()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        var checkpointed = store.Database.Checkpointer.NextCheckpoint;
        var sizeBefore = new FileInfo(_db.FilePath).Length;

        var sessions = Enumerable.Range(0, SqliteCheckpointer.WritesPerCheckpoint).Select(i => Samples.Session(SessionPhase.Scheduled, Channel(i), "night-" + i));
        await Task.WhenAll(sessions.Select(s => store.SaveAsync(s, None)));
        await checkpointed.WaitAsync(TimeSpan.FromSeconds(60), TimeProvider.System);

        // The writer's own automatic checkpoint is far off (thousands of pages): only the checkpointer put them in the file.
        Assert.True(new FileInfo(_db.FilePath).Length > sizeBefore);
        Assert.Equal(SqliteCheckpointer.WritesPerCheckpoint, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    private static Task<IReadOnlyList<OutboxEntry>> Commit(SqliteSessionStore store, WatchSession session) =>
        store.CommitAsync(new SessionCommit(session, [], [Entry(session)]), None);

    private static ChannelAddress Channel(int i) => new("discord", "guild", "channel-" + i);

    private static OutboxEntry Entry(WatchSession session) => new(0, session.Channel, "SessionScheduled", session.Id, "{}", Samples.T0);
}
