using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

/// <summary>The moderation members of a session (schema version 15): kicked people, the lock, reactions per person.</summary>
public sealed class SqliteSessionStoreModerationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Save_ThenReopen_RoundTripsKickedLockedAndReactionsPerPerson()
    {
        var session = Samples.EveryFieldSet();
        await _db.OpenStore().SaveAsync(session, CancellationToken.None);

        var loaded = await _db.OpenStore().GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.True(loaded!.Locked);
        Assert.True(loaded.Kicked.SetEquals([Samples.Bob.Key, new UserKey("discord", "U-gone")]));
        Assert.Equal(session.Reactions.CountBy.Count, loaded.Reactions.CountBy.Count);
        Assert.True(loaded.Reactions.CountBy.Count > 0);
        Assert.Equal(session.Reactions.VisibleCount(session.Kicked), loaded.Reactions.VisibleCount(loaded.Kicked));
    }

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
