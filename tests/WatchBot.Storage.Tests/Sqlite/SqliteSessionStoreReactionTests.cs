using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The session store contract (Reaction) on SQLite, and what only the file shows.</summary>
public sealed class SqliteSessionStoreReactionTests : SessionStoreReactionContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

    [Fact]
    public async Task DeletingASession_CascadesToItsReactions()
    {
        var store = _db.OpenStore();
        Reaction[] reactions = [Samples.Reaction(1), Samples.Reaction(2)];
        var session = Samples.Session(SessionPhase.Ended) with { Reactions = Samples.Summary(reactions) };
        await store.SaveAsync(session, reactions, CancellationToken.None);

        await _db.ExecuteAsync($"PRAGMA foreign_keys = ON; DELETE FROM sessions WHERE id = '{session.Id}';");

        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
    }
}
