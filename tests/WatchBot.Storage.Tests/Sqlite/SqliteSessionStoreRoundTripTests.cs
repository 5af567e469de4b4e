using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The session store contract (RoundTrip) on SQLite, and what only the file shows.</summary>
public sealed class SqliteSessionStoreRoundTripTests : SessionStoreRoundTripContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

    [Fact]
    public async Task Save_StoresInstantsAsUnixMillisecondsUtc()
    {
        var store = _db.OpenStore();
        var session = Samples.EveryFieldSet();

        await store.SaveAsync(session, CancellationToken.None);

        Assert.Equal(session.CreatedAt.ToUnixTimeMilliseconds(), await _db.ScalarAsync($"SELECT created_at FROM sessions WHERE id = '{session.Id}';"));
        Assert.Equal("Paused", await _db.TextAsync($"SELECT phase FROM sessions WHERE id = '{session.Id}';"));
    }
}
