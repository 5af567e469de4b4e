using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Contracts;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The session store contract (Moderation) on SQLite, and what only the file shows.</summary>
public sealed class SqliteSessionStoreModerationTests : SessionStoreModerationContract<SqliteStorage>
{
    private TempDatabase _db => Storage.Db;

    [Fact]
    public async Task Save_StoresKickedAsSortedIds_AndLockedAsOneOrZero()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        Assert.Equal("""["U-gone","u-bob"]""", await _db.TextAsync($"SELECT kicked FROM sessions WHERE id = '{session.Id}';"));
        Assert.Equal(1L, await _db.ScalarAsync($"SELECT locked FROM sessions WHERE id = '{session.Id}';"));
    }

    [Fact]
    public async Task Save_WithoutModeration_KeepsItEmpty()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Playing);

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = (await store.GetAsync(session.Id, CancellationToken.None))!;

        Assert.Empty(loaded.Kicked);
        Assert.False(loaded.Locked);
        Assert.Equal("[]", await _db.TextAsync($"SELECT kicked FROM sessions WHERE id = '{session.Id}';"));
    }
}
