using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Contracts;

public abstract class SessionStoreLiveConflictContract<TStorage> : StorageContract<TStorage>
    where TStorage : StorageUnderTest, new()
{
    /// <summary>Every pair of phases: the index agrees with <see cref="SessionPhaseExtensions.IsLive"/>.</summary>
    [Theory]
    [MemberData(nameof(ContractData.PhasePairs), MemberType = typeof(ContractData))]
    public async Task Save_SecondSessionInChannel_ConflictsExactlyWhenBothAreLive(SessionPhase existing, SessionPhase newcomer)
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(existing), CancellationToken.None);
        var second = Samples.Session(newcomer);

        var save = store.SaveAsync(second, CancellationToken.None);

        if (existing.IsLive() && newcomer.IsLive())
        {
            var conflict = await Assert.ThrowsAsync<LiveSessionConflictException>(() => save);
            Assert.IsAssignableFrom<System.Data.Common.DbException>(conflict.InnerException);
            Assert.Null(await store.GetAsync(second.Id, CancellationToken.None));
        }
        else
        {
            await save;
            Assert.NotNull(await store.GetAsync(second.Id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Save_Conflict_WritesNothingOfTheRefusedSession()
    {
        var store = Storage.OpenSessions();
        var live = Samples.Session(SessionPhase.Playing);
        await store.SaveAsync(live, CancellationToken.None);
        var refused = Samples.Session(SessionPhase.CountingDown) with { Reactions = Samples.Summary(Samples.Reaction(1)) };

        await Assert.ThrowsAsync<LiveSessionConflictException>(() => store.SaveAsync(refused, [Samples.Reaction(1)], CancellationToken.None));

        Assert.Equal(0, await Storage.ScalarAsync("SELECT COUNT(*) FROM reactions;"));
        Assert.Equal(1, await Storage.ScalarAsync("SELECT COUNT(*) FROM sessions;"));
        SessionAssert.Equivalent(live, await store.FindLiveAsync(Samples.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ScheduledSessionBecomingLive_ConflictsWithTheLiveOne()
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Paused), CancellationToken.None);
        var scheduled = Samples.Scheduled(Samples.T0.AddHours(1));
        await store.SaveAsync(scheduled, CancellationToken.None);

        var starting = scheduled with { Phase = SessionPhase.CountingDown, CountdownTarget = Samples.T0.AddHours(1) };

        await Assert.ThrowsAsync<LiveSessionConflictException>(() => store.SaveAsync(starting, CancellationToken.None));
        Assert.Equal(SessionPhase.Scheduled, (await store.GetAsync(scheduled.Id, CancellationToken.None))!.Phase);
    }

    [Fact]
    public async Task Save_TheLiveSessionItself_DoesNotConflict()
    {
        var store = Storage.OpenSessions();
        var countingDown = Samples.Session(SessionPhase.CountingDown);
        await store.SaveAsync(countingDown, CancellationToken.None);

        await store.SaveAsync(countingDown with { Phase = SessionPhase.Playing, CountdownTarget = null }, CancellationToken.None);
        await store.SaveAsync(countingDown with { Phase = SessionPhase.Paused, CountdownTarget = null }, CancellationToken.None);

        Assert.Equal(SessionPhase.Paused, (await store.FindLiveAsync(Samples.Channel, CancellationToken.None))!.Phase);
    }

    [Fact]
    public async Task Save_AfterTheLiveSessionEnded_StartsANewOne()
    {
        var store = Storage.OpenSessions();
        var first = Samples.Session(SessionPhase.Playing);
        await store.SaveAsync(first, CancellationToken.None);
        await store.SaveAsync(first with { Phase = SessionPhase.Ended, EndedAt = Samples.T0.AddHours(2), EndReason = EndReason.EndedByUser }, CancellationToken.None);
        var next = Samples.Session(SessionPhase.CountingDown);

        await store.SaveAsync(next, CancellationToken.None);

        Assert.Equal(next.Id, (await store.FindLiveAsync(Samples.Channel, CancellationToken.None))!.Id);
    }

    [Theory]
    [InlineData("slack", "guild-1", "channel-1")]
    [InlineData("discord", "guild-2", "channel-1")]
    [InlineData("discord", "guild-1", "channel-2")]
    public async Task Save_LiveSessionsInDifferentChannels_DoNotConflict(string platform, string space, string channel)
    {
        var store = Storage.OpenSessions();
        await store.SaveAsync(Samples.Session(SessionPhase.Playing), CancellationToken.None);
        var elsewhere = Samples.Session(SessionPhase.Playing, new ChannelAddress(platform, space, channel));

        await store.SaveAsync(elsewhere, CancellationToken.None);

        Assert.Equal(2, (await store.ListUnfinishedAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Save_ConcurrentLiveSessionsInOneChannel_ExactlyOneWins()
    {
        var store = Storage.OpenSessions();
        var contenders = Enumerable.Range(0, 8).Select(_ => Samples.Session(SessionPhase.CountingDown)).ToList();

        var outcomes = await Task.WhenAll(contenders.Select(s => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(s, CancellationToken.None);
                return true;
            }
            catch (LiveSessionConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        var live = await store.FindLiveAsync(Samples.Channel, CancellationToken.None);
        Assert.Equal(contenders[Array.IndexOf(outcomes, true)].Id, live!.Id);
    }

    [Fact]
    public async Task Save_OtherConstraintViolation_IsNotALiveConflict()
    {
        var store = Storage.OpenSessions();
        var unknownPhase = Samples.Session(SessionPhase.Playing) with { Phase = (SessionPhase)42 };

        // The database's own error (the CHECK on phase), not a live-session conflict.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveAsync(unknownPhase, CancellationToken.None));
    }
}
