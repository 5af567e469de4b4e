using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

public abstract class SessionStoreReactionContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Save_AppendsReactionsAcrossSaves_WithoutDuplicates()
    {
        var store = Storage.OpenSessions();
        Reaction[] first = [Samples.Reaction(1, "first"), Samples.Reaction(2)];
        Reaction[] more = [Samples.Reaction(3, "third"), Samples.Reaction(4)];
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(first) };
        await store.SaveAsync(session, first, CancellationToken.None);

        var later = session with { Reactions = Samples.Summary([.. first, .. more]) };
        await store.SaveAsync(later, more, CancellationToken.None);
        await store.SaveAsync(later, more, CancellationToken.None);

        Assert.Equal([.. first, .. more], await store.ListReactionsAsync(session.Id, CancellationToken.None));
        Assert.Equal(later.Reactions, (await store.GetAsync(session.Id, CancellationToken.None))!.Reactions);
        Assert.Equal(4, await Storage.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
    }

    [Fact]
    public async Task Save_WithoutNewReactions_KeepsTheStoredOnes()
    {
        var store = Storage.OpenSessions();
        Reaction[] reactions = [Samples.Reaction(1, "kept")];
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(reactions) };
        await store.SaveAsync(session, reactions, CancellationToken.None);

        await store.SaveAsync(session with { Phase = SessionPhase.Paused }, CancellationToken.None);

        Assert.Equal(reactions, await store.ListReactionsAsync(session.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListReactions_OrderedBySequenceNumerically()
    {
        var store = Storage.OpenSessions();
        var reactions = Enumerable.Range(1, 12).Select(i => Samples.Reaction(i, i % 3 == 0 ? null : $"note {i}")).ToList();
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(reactions) };

        // Appended out of order: the listing is by sequence, compared as a number.
        await store.SaveAsync(session, [.. reactions.AsEnumerable().Reverse()], CancellationToken.None);
        var loaded = await store.ListReactionsAsync(session.Id, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 12), loaded.Select(r => r.Sequence));
        Assert.Equal(reactions, loaded);
    }

    [Fact]
    public async Task Save_KeepsAStoredReactionAsItWas()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(Samples.Reaction(1, "original")) };
        await store.SaveAsync(session, [Samples.Reaction(1, "original")], CancellationToken.None);

        await store.SaveAsync(session, [Samples.Reaction(1, "rewritten")], CancellationToken.None);

        Assert.Equal("original", Assert.Single(await store.ListReactionsAsync(session.Id, CancellationToken.None)).Note);
    }

    [Fact]
    public async Task Reactions_BelongToTheirSession()
    {
        var store = Storage.OpenSessions();
        Reaction[] one = [Samples.Reaction(1, "one")];
        Reaction[] two = [Samples.Reaction(1, "other"), Samples.Reaction(2)];
        var first = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(one) };
        var second = Samples.Session(SessionPhase.Ended) with { Reactions = Samples.Summary(two) };

        await store.SaveAsync(first, one, CancellationToken.None);
        await store.SaveAsync(second, two, CancellationToken.None);

        Assert.Equal(one, await store.ListReactionsAsync(first.Id, CancellationToken.None));
        Assert.Equal(two, await store.ListReactionsAsync(second.Id, CancellationToken.None));
        Assert.Empty(await store.ListReactionsAsync(new SessionId("nosuchsession"), CancellationToken.None));
    }

    [Fact]
    public async Task Summary_RoundTrips_TheLastInstantOfEachPerson()
    {
        var store = Storage.OpenSessions();
        Reaction[] reactions = [Samples.Reaction(1), Samples.Reaction(2), Samples.Reaction(3)];
        var session = Samples.Session(SessionPhase.Playing) with { Reactions = Samples.Summary(reactions) };

        await store.SaveAsync(session, reactions, CancellationToken.None);
        var loaded = (await store.GetAsync(session.Id, CancellationToken.None))!.Reactions;

        Assert.Equal(3, loaded.Count);
        Assert.Equal(reactions[2].At, loaded.LastBy(Samples.Alice.Key));
        Assert.Equal(reactions[1].At, loaded.LastBy(Samples.Bob.Key));
        Assert.Null(loaded.LastBy(new UserKey("discord", "u-nobody")));
    }
}
