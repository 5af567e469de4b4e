using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>
/// Forget-me, retention and a calendar feed reset are written by the file's group commit, like every
/// other write of the process: while another write holds the process's turn they wait in its queue
/// (on a connection of their own they took the file's write lock past the turn, and the group's next
/// transaction waited for them in SQLite's busy handler), then share one transaction and do what they did.
/// </summary>
public sealed class SqliteBypassWritesTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ForgetMe_Retention_AndAFeedReset_WaitForTheTurn_AndShareTheGroupsTransaction()
    {
        var store = _db.OpenStore();
        await store.InitializeAsync(None);
        var ended = Samples.Session(SessionPhase.Ended);
        await store.SaveAsync(ended, None);
        var database = store.Database;
        var data = new SqlitePersonalData(database, new FakeTimeProvider(Samples.T0));
        var feeds = new SqliteCalendarFeeds(database);
        Assert.True(await feeds.TryCreateAsync("discord", "guild-1", Hash(1), Samples.T0, None));
        var before = database.GroupTransactions;

        Task<Core.Features.Privacy.PersonalData> forgotten;
        Task<int> cleared;
        Task<bool> reset;
        using (await database.WriterTurnAsync(None))
        {
            forgotten = data.ForgetAsync("discord", "guild-1", Samples.Alice.Id, Samples.Alice.DisplayName, None).ContinueWith(t => t.Result.Forgotten, TaskScheduler.Default);
            cleared = data.ForgetEndedSessionsAsync(Samples.T0, None);
            reset = feeds.ReplaceAsync("discord", "guild-1", Hash(2), Samples.T0, None);
            Assert.False(forgotten.IsCompleted || cleared.IsCompleted || reset.IsCompleted);
        }

        Assert.Equal((1, 1), ((await forgotten).SessionsHosted, (await forgotten).SessionsJoined));
        Assert.Equal(0, await cleared);
        Assert.True(await reset);
        Assert.Equal(1, database.GroupTransactions - before);
        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM sessions WHERE host_id = 'u-alice';"));
        Assert.Equal(1, await _db.ScalarAsync($"SELECT COUNT(*) FROM calendar_feeds WHERE secret_hash = X'{Convert.ToHexString(Hash(2))}';"));
    }

    // A feed's secret is stored as its 32-byte hash.
    private static byte[] Hash(byte fill) => Enumerable.Repeat(fill, 32).ToArray();
}
