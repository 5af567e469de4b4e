using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>
/// A booked session due while a session started with /watch start still plays waits for the channel:
/// it counts down when the channel is free, or is given up after the grace period.
/// </summary>
public sealed class WaitingRulesTests
{
    private static readonly SessionRulesOptions Defaults = Options();
    private static readonly DateTimeOffset At = T0 + Hour;

    [Fact]
    public void Waiting_WhenTheChannelFrees_CountsDownFromThenOnAWholeSecond()
    {
        var waiting = Waiting();
        var freedAt = At + (20 * Minute) + TimeSpan.FromMilliseconds(300);

        var decision = SessionRules.OnChannelFreed(waiting, null, freedAt, Defaults);

        var counting = decision.Next!;
        var target = At + (21 * Minute) + Second;
        Assert.Equal((SessionPhase.CountingDown, target), (counting.Phase, counting.CountdownTarget));
        Assert.Equal(TimeSpan.Zero, counting.PositionAt(target));
        Assert.Equal(target, Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel)).Target);
        Assert.Equal(new SessionTimer(NextId, TimerKind.Go, target, target), Assert.Single(decision.Arm));
    }

    [Fact]
    public void Waiting_WithARuntime_ArmsItsEndWhenItStarts()
    {
        var waiting = Waiting(runtime: Hour);

        var decision = SessionRules.OnChannelFreed(waiting, null, At + Minute, Defaults);

        var target = At + (2 * Minute);
        Assert.Equal([TimerKind.Go, TimerKind.RuntimeEnd], decision.Arm.Select(t => t.Kind));
        Assert.Equal(target + Hour, decision.Arm[1].DueAt);
    }

    [Fact]
    public void Waiting_FreedButTakenAgain_StaysWaitingSilently_AndKeepsItsDeadline()
    {
        var decision = SessionRules.OnChannelFreed(Waiting(), Playing(Minute), At + Minute, Defaults);

        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.Equal([Deadline()], decision.Arm);
    }

    [Fact]
    public void Waiting_DeadlineWhileStillBusy_GivesUpAsChannelBusy()
    {
        var blocking = Playing(Minute);
        var giveUp = At + Defaults.LateStartGrace;

        var decision = SessionRules.OnTimer(Waiting(), Deadline(), blocking, giveUp, Defaults);

        var ended = decision.Next!;
        Assert.Equal((SessionPhase.Ended, EndReason.ChannelBusy), (ended.Phase, ended.EndReason));
        Assert.Same(blocking, Assert.IsType<ScheduledStartBlocked>(Assert.Single(decision.ToChannel)).Blocking);
        Assert.Equal([NextId], decision.Disarm);
    }

    [Fact]
    public void Waiting_FreedOnlyAfterTheGrace_IsMissed()
    {
        var decision = SessionRules.OnChannelFreed(Waiting(), null, At + Defaults.LateStartGrace + Second, Defaults);

        Assert.Equal(EndReason.Missed, decision.Next!.EndReason);
        Assert.IsType<SessionMissed>(Assert.Single(decision.ToChannel));
    }

    [Fact]
    public void OnChannelFreed_ForASessionThatIsNotWaiting_DoesNothing()
    {
        Assert.Same(Decision.Nothing, SessionRules.OnChannelFreed(Scheduled(At), null, At - Minute, Defaults));
        var started = SessionRules.OnChannelFreed(Waiting(), null, At + Minute, Defaults).Next!;
        Assert.Same(Decision.Nothing, SessionRules.OnChannelFreed(started, null, At + Minute, Defaults));
    }

    [Fact]
    public void NextWaiting_IsTheSoonestWaitingBooking()
    {
        var notWaiting = Scheduled(At - Minute, id: new SessionId("early0000001"));
        var waiting = Waiting();

        Assert.Same(waiting, SessionRules.NextWaiting([notWaiting, waiting]));
        Assert.Null(SessionRules.NextWaiting([notWaiting]));
    }

    [Fact]
    public void Start_WhileABookingWaitsForTheChannel_IsRefusedNamingIt()
    {
        var refused = Expect.Refused(Decide("/watch start title:Heat", Bob, upcoming: [Waiting()], now: At + Minute));

        Assert.Contains("\"Alien\"", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ListsTheWaitingBooking()
    {
        var status = Assert.IsType<StatusReport>(Decide("/watch status", Bob, Playing(Minute), [Waiting()]).Reply);

        Assert.NotNull(Assert.Single(status.Upcoming).WaitingSince);
    }

    /// <summary>Alien, due at <see cref="At"/>, found the channel busy then.</summary>
    private static WatchSession Waiting(TimeSpan? runtime = null)
    {
        var decision = SessionRules.OnTimer(Scheduled(At, runtime), new SessionTimer(NextId, TimerKind.BeginCountdown, At, At - Minute), Playing(Minute), At - Minute, Defaults);
        Assert.IsType<ScheduledStartWaiting>(Assert.Single(decision.ToChannel));
        return decision.Next!;
    }

    private static SessionTimer Deadline() => new(NextId, TimerKind.BeginCountdown, At, At + Defaults.LateStartGrace);
}
