using WatchBot.Core.Sessions;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Sqlite;

public sealed class SqliteSessionStoreReactionTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Save_AppendsReactionsAcrossSaves_WithoutDuplicates()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = [Samples.Reaction(1, "first"), Samples.Reaction(2)] };
        await store.SaveAsync(session, CancellationToken.None);

        var more = session with { Reactions = session.Reactions.AddRange([Samples.Reaction(3, "third"), Samples.Reaction(4)]) };
        await store.SaveAsync(more, CancellationToken.None);
        await store.SaveAsync(more, CancellationToken.None);

        var loaded = await store.GetAsync(session.Id, CancellationToken.None);
        Assert.Equal(more.Reactions, loaded!.Reactions);
        Assert.Equal(4, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
    }

    [Fact]
    public async Task Get_ReturnsReactionsOrderedBySequenceNumerically()
    {
        var store = _db.OpenStore();
        var reactions = Enumerable.Range(1, 12).Select(i => Samples.Reaction(i, i % 3 == 0 ? null : $"note {i}")).ToList();
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = [.. reactions] };

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 12), loaded!.Reactions.Select(r => r.Sequence));
        Assert.Equal(reactions, loaded.Reactions);
    }

    [Fact]
    public async Task Save_KeepsAStoredReactionAsItWas()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = [Samples.Reaction(1, "original")] };
        await store.SaveAsync(session, CancellationToken.None);

        await store.SaveAsync(session with { Reactions = [Samples.Reaction(1, "rewritten")] }, CancellationToken.None);

        var loaded = await store.GetAsync(session.Id, CancellationToken.None);
        Assert.Equal("original", Assert.Single(loaded!.Reactions).Note);
    }

    [Fact]
    public async Task Reactions_BelongToTheirSession()
    {
        var store = _db.OpenStore();
        var first = Samples.Session(SessionPhase.Playing) with { Reactions = [Samples.Reaction(1, "one")] };
        var second = Samples.Session(SessionPhase.Ended) with { Reactions = [Samples.Reaction(1, "other"), Samples.Reaction(2)] };

        await store.SaveAsync(first, CancellationToken.None);
        await store.SaveAsync(second, CancellationToken.None);

        Assert.Equal(first.Reactions, (await store.GetAsync(first.Id, CancellationToken.None))!.Reactions);
        Assert.Equal(second.Reactions, (await store.GetAsync(second.Id, CancellationToken.None))!.Reactions);
    }

    [Fact]
    public async Task DeletingASession_CascadesToItsReactions()
    {
        var store = _db.OpenStore();
        var session = Samples.Session(SessionPhase.Ended) with { Reactions = [Samples.Reaction(1), Samples.Reaction(2)] };
        await store.SaveAsync(session, CancellationToken.None);

        await _db.ExecuteAsync($"PRAGMA foreign_keys = ON; DELETE FROM sessions WHERE id = '{session.Id}';");

        Assert.Equal(0, await _db.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
    }
}
