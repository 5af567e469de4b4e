using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using static WatchBot.Engine.Tests.Sessions.CoordinatorHarness;

namespace WatchBot.Engine.Tests.Sessions;

/// <summary>What a restart finds: timers lost with the process, instants that passed while it was down.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public async Task CountdownThatEndedWhileDown_IsPlayingWithTheRightPositionAfterRestart()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        await h.Timers.DisarmAsync((await h.Live())!.Id, CancellationToken.None); // the process died with its timers

        h.Time.Advance(TimeSpan.FromMinutes(2));
        await h.Restart().RecoverAsync(CancellationToken.None);

        var late = Assert.Single(h.Platform.Of<LateStart>());
        Assert.Equal(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(3), late.Position);
        Assert.Equal(SessionPhase.Playing, (await h.Live())!.Phase);
    }

    [Fact]
    public async Task ScheduledStartMissedWithinRuntime_IsJoinedInProgress()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch schedule title:Alien at:\"in 1h\" runtime:2h");
        await h.Timers.DisarmAsync(h.Store.All.Single().Id, CancellationToken.None);

        h.Time.Advance(TimeSpan.FromMinutes(72));
        await h.Restart().RecoverAsync(CancellationToken.None);

        var late = Assert.Single(h.Platform.Of<LateStart>());
        Assert.Equal(TimeSpan.FromMinutes(12), late.Late);
        Assert.Equal(TimeSpan.FromMinutes(12), late.Position);
        Assert.Equal(TimeSpan.FromMinutes(12), (await h.Status()).Position);
    }

    [Fact]
    public async Task ScheduledStartMissedBeyondTheGracePeriod_IsMarkedMissed()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch schedule title:Alien at:\"in 1h\"");
        await h.Timers.DisarmAsync(h.Store.All.Single().Id, CancellationToken.None);

        h.Time.Advance(TimeSpan.FromHours(5));
        await h.Restart().RecoverAsync(CancellationToken.None);

        Assert.Single(h.Platform.Of<SessionMissed>());
        var session = h.Store.All.Single();
        Assert.Equal(SessionPhase.Ended, session.Phase);
        Assert.Equal(EndReason.Missed, session.EndReason);
    }

    [Fact]
    public async Task FutureScheduledSession_IsReArmedAndStartsOnTime()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch schedule title:Alien at:\"in 10m\"");
        var at = h.Store.All.Single().ScheduledFor!.Value;
        await h.Timers.DisarmAsync(h.Store.All.Single().Id, CancellationToken.None);

        h.Time.Advance(TimeSpan.FromMinutes(5));
        await h.Restart().RecoverAsync(CancellationToken.None);
        Assert.Empty(h.Platform.Of<CountdownStarted>());

        // One step per timer: FakeTimeProvider shows every callback of one step the step's end instant.
        h.Time.SetUtcNow(at - TimeSpan.FromMinutes(1));
        h.Time.SetUtcNow(at);

        Assert.Equal(at - TimeSpan.FromMinutes(1), h.Timers.History.Last(t => t.Kind == TimerKind.BeginCountdown).DueAt);
        Assert.Single(h.Platform.Of<CountdownStarted>());
        Assert.Single(h.Platform.Of<PlaybackStarted>());
    }

    [Fact]
    public async Task Recovery_OfPlayingAndPausedSessions_SaysNothingAndKeepsPositions()
    {
        var h = new CoordinatorHarness();
        await h.Say(Alice, "/watch start in:3s");
        h.Time.Advance(TimeSpan.FromSeconds(13));
        var said = h.Platform.Said.Count;

        await h.Restart().RecoverAsync(CancellationToken.None);

        Assert.Equal(said, h.Platform.Said.Count);
        Assert.Equal(TimeSpan.FromSeconds(10), (await h.Status()).Position);
    }
}
