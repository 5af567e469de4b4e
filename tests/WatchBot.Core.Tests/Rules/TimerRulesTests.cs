using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class TimerRulesTests
{
    private static readonly SessionRulesOptions Defaults = Options();

    [Fact]
    public void Go_AtTheTarget_PlaysFromZero()
    {
        var target = T0 + (10 * Second);
        var counting = CountingDown(target);

        var decision = SessionRules.OnTimer(counting, GoAt(target), null, target, Defaults);

        var playing = decision.Next!;
        Assert.Equal(SessionPhase.Playing, playing.Phase);
        Assert.Null(playing.CountdownTarget);
        Assert.Equal(target, playing.StartedAt);
        Assert.Equal(5 * Second, playing.PositionAt(target + (5 * Second)));
        var go = Assert.IsType<PlaybackStarted>(Assert.Single(decision.ToChannel));
        Assert.Equal(TimeSpan.Zero, go.Position);
        Assert.Empty(decision.Arm);
    }

    [Fact]
    public void Go_FiringTwice_ActsOnce()
    {
        var target = T0 + (10 * Second);
        var first = SessionRules.OnTimer(CountingDown(target), GoAt(target), null, target, Defaults);

        var second = SessionRules.OnTimer(first.Next!, GoAt(target), first.Next, target + Second, Defaults);

        Assert.Same(Decision.Nothing, second);
    }

    [Fact]
    public void Go_ForACountdownThatWasPaused_DoesNothing()
    {
        var target = T0 + (10 * Second);
        var paused = Decide("/watch pause", Alice, CountingDown(target), now: T0 + Second).Next!;

        Assert.Same(Decision.Nothing, SessionRules.OnTimer(paused, GoAt(target), paused, target, Defaults));
    }

    [Fact]
    public void Go_WithAStaleTarget_AfterPauseAndResume_DoesNothingButTheNewOneActs()
    {
        var oldTarget = T0 + (10 * Second);
        var paused = Decide("/watch pause", Alice, CountingDown(oldTarget), now: T0 + Second).Next!;
        var resumed = Decide("/watch resume in:30s", Alice, paused, now: T0 + (2 * Second));
        var newTimer = Assert.Single(resumed.Arm);

        Assert.Same(Decision.Nothing, SessionRules.OnTimer(resumed.Next!, GoAt(oldTarget), resumed.Next, oldTarget, Defaults));
        Assert.Equal(SessionPhase.Playing, SessionRules.OnTimer(resumed.Next!, newTimer, resumed.Next, newTimer.DueAt, Defaults).Next?.Phase);
    }

    [Fact]
    public void Go_ForAnEndedSession_DoesNothing()
    {
        var target = T0 + (10 * Second);
        var ended = Decide("/watch end", Alice, CountingDown(target)).Next!;

        Assert.Same(Decision.Nothing, SessionRules.OnTimer(ended, GoAt(target), null, target, Defaults));
    }

    [Fact]
    public void Go_AfterAResume_PlaysFromThePausedPositionAndKeepsTheFirstStart()
    {
        var paused = Paused(20 * Minute);
        var resumed = Decide("/watch resume", Alice, paused).Next!;
        var target = resumed.CountdownTarget!.Value;

        var decision = SessionRules.OnTimer(resumed, GoAt(target), resumed, target, Defaults);

        Assert.Equal(paused.StartedAt, decision.Next!.StartedAt);
        Assert.Equal(20 * Minute, Assert.IsType<PlaybackStarted>(Assert.Single(decision.ToChannel)).Position);
    }

    [Fact]
    public void Go_FiringLateBeyondTheTolerance_IsAnnouncedAsALateStartAtTheRightPosition()
    {
        var target = T0 + (10 * Second);

        var decision = SessionRules.OnTimer(CountingDown(target), GoAt(target), null, target + Minute, Defaults);

        var late = Assert.IsType<LateStart>(Assert.Single(decision.ToChannel));
        Assert.Equal(Minute, late.Late);
        Assert.Equal(Minute, late.Position);
        Assert.Equal(target, decision.Next!.StartedAt);
    }

    [Fact]
    public void Go_FiringWithinTheTolerance_IsAPlainGo()
    {
        var target = T0 + (10 * Second);

        var decision = SessionRules.OnTimer(CountingDown(target), GoAt(target), null, target + (5 * Second), Defaults);

        Assert.Equal(5 * Second, Assert.IsType<PlaybackStarted>(Assert.Single(decision.ToChannel)).Position);
    }

    [Fact]
    public void Go_FiringHoursLateForAFirstStart_MarksItMissedWithTheClockStillAtZero()
    {
        var target = T0 + (10 * Second);
        var now = target + (3 * Hour);

        var decision = SessionRules.OnTimer(CountingDown(target), GoAt(target), null, now, Defaults);

        var missed = decision.Next!;
        Assert.Equal(SessionPhase.Ended, missed.Phase);
        Assert.Equal(EndReason.Missed, missed.EndReason);
        Assert.Null(missed.CountdownTarget);
        Assert.Equal(TimeSpan.Zero, missed.PositionAt(now + Hour));
        Assert.IsType<SessionMissed>(Assert.Single(decision.ToChannel));
        Assert.Equal([LiveId], decision.Disarm);
    }

    [Fact]
    public void Go_FiringHoursLateForAResume_StillPlays()
    {
        var resumed = Decide("/watch resume", Alice, Paused(20 * Minute)).Next!;
        var target = resumed.CountdownTarget!.Value;

        var decision = SessionRules.OnTimer(resumed, GoAt(target), resumed, target + (4 * Hour), Defaults);

        Assert.Equal(SessionPhase.Playing, decision.Next!.Phase);
        Assert.Equal((20 * Minute) + (4 * Hour), Assert.IsType<LateStart>(Assert.Single(decision.ToChannel)).Position);
    }

    [Fact]
    public void BeginCountdown_BeforeTheStart_CountsDownToTheScheduledInstant()
    {
        var at = T0 + Hour;
        var scheduled = Scheduled(at);

        var decision = SessionRules.OnTimer(scheduled, BeginAt(at), null, at - Minute, Defaults);

        var counting = decision.Next!;
        Assert.Equal(SessionPhase.CountingDown, counting.Phase);
        Assert.Equal(at, counting.CountdownTarget);
        Assert.Equal(TimeSpan.Zero, counting.PositionAt(at));
        Assert.Equal(Second, counting.PositionAt(at + Second));
        var notice = Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel));
        Assert.Equal(at, notice.Target);
        Assert.Null(notice.By);
        Assert.False(notice.IsResume);
        Assert.Equal([new SessionTimer(NextId, TimerKind.Go, at, at)], decision.Arm);
    }

    [Fact]
    public void BeginCountdown_ThenGo_PlaysOnTime()
    {
        var at = T0 + Hour;
        var counting = SessionRules.OnTimer(Scheduled(at), BeginAt(at), null, at - Minute, Defaults);

        var go = SessionRules.OnTimer(counting.Next!, Assert.Single(counting.Arm), counting.Next, at, Defaults);

        Assert.Equal(SessionPhase.Playing, go.Next!.Phase);
        Assert.IsType<PlaybackStarted>(Assert.Single(go.ToChannel));
    }

    [Fact]
    public void BeginCountdown_AfterTheStartPassed_JoinsInProgress()
    {
        var at = T0 + Hour;

        var decision = SessionRules.OnTimer(Scheduled(at), BeginAt(at), null, at + (10 * Minute), Defaults);

        Assert.Equal(SessionPhase.Playing, decision.Next!.Phase);
        var late = Assert.IsType<LateStart>(Assert.Single(decision.ToChannel));
        Assert.Equal(10 * Minute, late.Late);
        Assert.Equal(10 * Minute, late.Position);
    }

    [Fact]
    public void BeginCountdown_FiringTwice_ActsOnce_AndTheSecondOnlyMakesSureGoIsArmed()
    {
        var at = T0 + Hour;
        var first = SessionRules.OnTimer(Scheduled(at), BeginAt(at), null, at - Minute, Defaults);

        var again = SessionRules.OnTimer(first.Next!, BeginAt(at), first.Next, at - Minute + Second, Defaults);

        // No new state and nothing said: only the GO the first firing may not have lived to arm.
        Assert.Null(again.Next);
        Assert.Empty(again.ToChannel);
        Assert.Equal(first.Arm, again.Arm);
    }

    [Fact]
    public void BeginCountdown_FiringAgainAfterItsGoWasDue_StartsOnce()
    {
        // The instance that began the countdown died before arming GO, and the job was re-run late.
        var at = T0 + Hour;
        var counting = SessionRules.OnTimer(Scheduled(at), BeginAt(at), null, at - Minute, Defaults).Next!;

        var again = SessionRules.OnTimer(counting, BeginAt(at), counting, at + (2 * Second), Defaults);

        Assert.Equal(SessionPhase.Playing, again.Next!.Phase);
        Assert.Single(again.ToChannel);
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(again.Next!, BeginAt(at), again.Next, at + (3 * Second), Defaults));
    }

    [Fact]
    public void BeginCountdown_ForAnOldScheduledInstant_DoesNothing()
    {
        var scheduled = Scheduled(T0 + (2 * Hour));

        Assert.Same(Decision.Nothing, SessionRules.OnTimer(scheduled, BeginAt(T0 + Hour), null, T0 + Hour - Minute, Defaults));
    }

    [Fact]
    public void BeginCountdown_WhileAnotherSessionIsLive_WaitsForTheChannelUntilItsGrace()
    {
        var at = T0 + Hour;
        var blocking = Playing(Minute);

        var decision = SessionRules.OnTimer(Scheduled(at), BeginAt(at), blocking, at - Minute, Defaults);

        var waiting = decision.Next!;
        Assert.Equal(SessionPhase.Scheduled, waiting.Phase);
        Assert.Equal(at - Minute, waiting.WaitingSince);
        var notice = Assert.IsType<ScheduledStartWaiting>(Assert.Single(decision.ToChannel));
        Assert.Same(blocking, notice.Blocking);
        Assert.Equal(at + Defaults.LateStartGrace, notice.GiveUpAt);
        Assert.Equal([new SessionTimer(NextId, TimerKind.BeginCountdown, at, at + Defaults.LateStartGrace)], decision.Arm);
        Assert.Empty(decision.Disarm);
    }

    private static SessionTimer GoAt(DateTimeOffset target) => new(LiveId, TimerKind.Go, target, target);

    private static SessionTimer BeginAt(DateTimeOffset at) => new(NextId, TimerKind.BeginCountdown, at, at - Minute);
}
