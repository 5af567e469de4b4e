using WatchBot.Core.Features.Sessions;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

public abstract class SessionStoreRoundTripContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Fact]
    public async Task Save_ThenGet_RoundTripsEveryField()
    {
        var store = Storage.OpenSessions();
        var session = Samples.EveryFieldSet();

        await store.SaveAsync(session, Samples.EveryFieldReactions, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);
        var reactions = await store.ListReactionsAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.Equal(3, loaded!.Reactions.Count);
        Assert.Equal(Samples.EveryFieldReactions, reactions);
        Assert.Null(reactions[1].Note);
        Assert.Equal(string.Empty, reactions[2].Note);
    }

    [Theory]
    [MemberData(nameof(ContractData.AllPhases), MemberType = typeof(ContractData))]
    public async Task Save_ThenGet_RoundTripsEachPhase(SessionPhase phase)
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(phase);

        await store.SaveAsync(session, CancellationToken.None);

        SessionAssert.Equivalent(session, await store.GetAsync(session.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(ContractData.AllEndReasons), MemberType = typeof(ContractData))]
    public async Task Save_ThenGet_RoundTripsEachEndReason(EndReason reason)
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Ended) with { EndReason = reason };

        await store.SaveAsync(session, CancellationToken.None);

        Assert.Equal(reason, (await store.GetAsync(session.Id, CancellationToken.None))!.EndReason);
    }

    [Fact]
    public async Task Save_ThenGet_KeepsNullsNull()
    {
        var store = Storage.OpenSessions();
        var session = Samples.Session(SessionPhase.Scheduled) with
        {
            ScheduledFor = null,
            Clock = MediaClock.Stopped(Samples.T0, runtime: null),
            Participants = [],
            ReadyUserIds = [],
        };

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        SessionAssert.Equivalent(session, loaded);
        Assert.Null(loaded!.Clock.Runtime);
        Assert.Null(loaded.ScheduledFor);
        Assert.Null(loaded.CountdownTarget);
        Assert.Null(loaded.StartedAt);
        Assert.Null(loaded.EndedAt);
        Assert.Null(loaded.EndReason);
        Assert.Null(loaded.WaitingSince);
        Assert.Empty(loaded.Participants);
        Assert.Empty(loaded.ReadyUserIds);
        Assert.Equal(ReactionSummary.None, loaded.Reactions);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(5_400_000L)]
    public async Task Save_ThenGet_KeepsARuntimeWhenSet(long runtimeMs)
    {
        var store = Storage.OpenSessions();
        var runtime = TimeSpan.FromMilliseconds(runtimeMs);
        var session = Samples.Session(SessionPhase.Playing) with
        {
            Clock = new MediaClock(Samples.T0, TimeSpan.Zero, IsRunning: true, runtime),
        };

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.Equal(runtime, loaded!.Clock.Runtime);
    }

    [Fact]
    public async Task Save_Again_ReplacesTheRowInPlace()
    {
        var store = Storage.OpenSessions();
        var countingDown = Samples.Session(SessionPhase.CountingDown);
        await store.SaveAsync(countingDown, CancellationToken.None);
        var playing = countingDown with
        {
            Phase = SessionPhase.Playing,
            CountdownTarget = null,
            StartedAt = Samples.T0.AddSeconds(10),
            Participants = countingDown.Participants.Add(Samples.Bob),
            ReadyUserIds = [Samples.Bob.Key],
        };

        await store.SaveAsync(playing, CancellationToken.None);

        SessionAssert.Equivalent(playing, await store.GetAsync(playing.Id, CancellationToken.None));
        Assert.Equal(1, await Storage.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
    }

    [Fact]
    public async Task Save_TruncatesInstantsAndDurationsToWholeMilliseconds()
    {
        var store = Storage.OpenSessions();
        var fine = Samples.T0.AddTicks(9_999);
        var session = Samples.Session(SessionPhase.CountingDown) with
        {
            CountdownTarget = fine,
            Clock = new MediaClock(fine, TimeSpan.FromTicks(15_001), IsRunning: true, null),
        };

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync(session.Id, CancellationToken.None);

        Assert.Equal(Samples.T0, loaded!.CountdownTarget);
        Assert.Equal(Samples.T0, loaded.Clock.AnchorInstant);
        Assert.Equal(TimeSpan.FromMilliseconds(1), loaded.Clock.AnchorPosition);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);

        Assert.Null(await store.GetAsync(new SessionId("nope"), CancellationToken.None));
    }
}
