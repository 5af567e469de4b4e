using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

public abstract class SessionStoreQueryContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    [Theory]
    [InlineData(SessionPhase.CountingDown)]
    [InlineData(SessionPhase.Playing)]
    [InlineData(SessionPhase.Paused)]
    public async Task FindLive_ReturnsTheChannelsLiveSession(SessionPhase phase)
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Ended), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Scheduled), CancellationToken.None);
        var live = Samples.Session(phase) with { Reactions = Samples.Summary(Samples.Reaction(1, "hi")) };
        await store.SaveAsync(live, [Samples.Reaction(1, "hi")], CancellationToken.None);

        SessionAssert.Equivalent(live, await store.FindLiveAsync(Samples.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task FindLive_IgnoresEndedAndScheduledSessions()
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Ended), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Ended), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Scheduled), CancellationToken.None);

        Assert.Null(await store.FindLiveAsync(Samples.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task FindLive_IgnoresOtherChannels()
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Playing, Samples.OtherChannel), CancellationToken.None);

        Assert.Null(await store.FindLiveAsync(Samples.Channel, CancellationToken.None));
        Assert.NotNull(await store.FindLiveAsync(Samples.OtherChannel, CancellationToken.None));
    }

    [Fact]
    public async Task ListScheduled_IsSoonestFirst_AndOnlyThatChannelsScheduledSessions()
    {
        var store = Storage.OpenSessions();
        var later = Samples.Scheduled(Samples.T0.AddDays(2));
        var soonest = Samples.Scheduled(Samples.T0.AddHours(1));
        var middle = Samples.Scheduled(Samples.T0.AddDays(1)) with { Reactions = Samples.Summary(Samples.Reaction(1)) };
        await store.SaveAsync(later, CancellationToken.None);
        await store.SaveAsync(soonest, CancellationToken.None);
        await store.SaveAsync(middle, CancellationToken.None);
        await store.SaveAsync(Samples.Scheduled(Samples.T0.AddMinutes(5), Samples.OtherChannel), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Ended), CancellationToken.None);

        var scheduled = await store.ListScheduledAsync(Samples.Channel, CancellationToken.None);

        Assert.Equal([soonest.Id, middle.Id, later.Id], scheduled.Select(s => s.Id));
        SessionAssert.Equivalent(middle, scheduled[1]);
    }

    [Fact]
    public async Task ListScheduled_EmptyChannel_ReturnsEmpty()
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Scheduled(Samples.T0.AddHours(1), Samples.OtherChannel), CancellationToken.None);

        Assert.Empty(await store.ListScheduledAsync(Samples.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task ListUnfinished_ReturnsEverySessionNotEnded_OnEveryPlatform()
    {
        var store = Storage.OpenSessions();
        var expected = new List<WatchSession>
        {
            Samples.Session(SessionPhase.Scheduled),
            Samples.Session(SessionPhase.Scheduled),
            Samples.Session(SessionPhase.Playing),
            Samples.Session(SessionPhase.CountingDown, Samples.OtherChannel),
            Samples.Session(SessionPhase.Paused, new ChannelAddress("slack", "T1", "C1")) with { Reactions = Samples.Summary(Samples.Reaction(1, "x") with { By = new UserRef("slack", Samples.Alice.Id, Samples.Alice.DisplayName) }) },
        };
        foreach (var session in expected)
        {
            await store.SaveAsync(session, CancellationToken.None);
        }

        await store.SaveAsync(Samples.Session(SessionPhase.Ended), CancellationToken.None);
        await store.SaveAsync(Samples.Session(SessionPhase.Ended, Samples.OtherChannel), CancellationToken.None);

        var unfinished = await store.ListUnfinishedAsync(CancellationToken.None);

        Assert.Equal(expected.Select(s => s.Id.Value).Order(StringComparer.Ordinal), unfinished.Select(s => s.Id.Value).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(unfinished, s => s.Phase == SessionPhase.Ended);
        SessionAssert.Equivalent(expected[^1], unfinished.Single(s => s.Id == expected[^1].Id));
    }

    [Fact]
    public async Task ListUnfinished_OnAnEmptyDatabase_ReturnsEmpty()
    {
        var store = Storage.OpenSessions();

        Assert.Empty(await store.ListUnfinishedAsync(CancellationToken.None));
    }
}
