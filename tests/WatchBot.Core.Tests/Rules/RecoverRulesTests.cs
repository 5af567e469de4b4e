using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>Start-up after the bot was down: what each unfinished session becomes at <c>now</c>.</summary>
public sealed class RecoverRulesTests
{
    private static readonly SessionRulesOptions Defaults = Options();

    [Fact]
    public void Recover_ScheduledWellAhead_ReArmsItsCountdownAndChangesNothing()
    {
        var at = T0 + Hour;

        var decision = SessionRules.Recover(Scheduled(at), null, T0, Defaults);

        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.Equal([new SessionTimer(NextId, TimerKind.BeginCountdown, at, at - Minute)], decision.Arm);
    }

    [Fact]
    public void Recover_ScheduledWithinTheLead_BeginsItsCountdownNow()
    {
        var at = T0 + (30 * Second);

        var decision = SessionRules.Recover(Scheduled(at), null, T0, Defaults);

        Assert.Equal(SessionPhase.CountingDown, decision.Next!.Phase);
        Assert.Equal(at, decision.Next.CountdownTarget);
        Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel));
        Assert.Equal([new SessionTimer(NextId, TimerKind.Go, at, at)], decision.Arm);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(72, null)]
    [InlineData(179, null)]
    [InlineData(12, 120)]
    [InlineData(119, 120)]
    [InlineData(200, 240)]
    public void Recover_ScheduledStartPassedWithinRuntimeOrThreeHours_JoinsInProgress(int minutesLate, int? runtimeMinutes)
    {
        var at = T0 - Hour;
        var late = TimeSpan.FromMinutes(minutesLate);
        TimeSpan? runtime = runtimeMinutes is { } m ? TimeSpan.FromMinutes(m) : null;

        var decision = SessionRules.Recover(Scheduled(at, runtime), null, at + late, Defaults);

        var playing = decision.Next!;
        Assert.Equal(SessionPhase.Playing, playing.Phase);
        Assert.Equal(at, playing.StartedAt);
        Assert.Equal(late + Minute, playing.PositionAt(at + late + Minute));
        var notice = Assert.IsType<LateStart>(Assert.Single(decision.ToChannel));
        Assert.Equal(late, notice.Late);
        Assert.Equal(late, notice.Position);
        Assert.Empty(decision.Disarm);
    }

    [Theory]
    [InlineData(180, null)]
    [InlineData(300, null)]
    [InlineData(120, 120)]
    [InlineData(121, 120)]
    [InlineData(100, 90)]
    public void Recover_ScheduledStartPassedBeyondRuntimeOrThreeHours_IsMissed(int minutesLate, int? runtimeMinutes)
    {
        var at = T0 - Hour;
        var now = at + TimeSpan.FromMinutes(minutesLate);
        TimeSpan? runtime = runtimeMinutes is { } m ? TimeSpan.FromMinutes(m) : null;

        var decision = SessionRules.Recover(Scheduled(at, runtime), null, now, Defaults);

        var missed = decision.Next!;
        Assert.Equal(SessionPhase.Ended, missed.Phase);
        Assert.Equal(EndReason.Missed, missed.EndReason);
        Assert.Equal(now, missed.EndedAt);
        Assert.False(missed.Phase.IsLive());
        Assert.Equal(at, Assert.IsType<SessionMissed>(Assert.Single(decision.ToChannel)).ScheduledFor);
        Assert.Equal([NextId], decision.Disarm);
    }

    [Fact]
    public void Recover_ScheduledStartPassedWhileAnotherSessionIsLive_WaitsForTheChannel()
    {
        var at = T0 - Minute;

        var decision = SessionRules.Recover(Scheduled(at), Playing(Hour), T0, Defaults);

        Assert.Equal((SessionPhase.Scheduled, T0), (decision.Next!.Phase, decision.Next.WaitingSince));
        Assert.IsType<ScheduledStartWaiting>(Assert.Single(decision.ToChannel));
        Assert.Equal([new SessionTimer(NextId, TimerKind.BeginCountdown, at, at + Defaults.LateStartGrace)], decision.Arm);
    }

    [Fact]
    public void Recover_CountdownStillAhead_ReArmsGoAndChangesNothing()
    {
        var target = T0 + (5 * Second);

        var decision = SessionRules.Recover(CountingDown(target), null, T0, Defaults);

        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.Equal([new SessionTimer(LiveId, TimerKind.Go, target, target)], decision.Arm);
    }

    [Fact]
    public void Recover_CountdownThatPassedWhileDown_IsPlayingAtTheRightPosition()
    {
        var target = T0 - (2 * Minute);

        var decision = SessionRules.Recover(CountingDown(target), null, T0, Defaults);

        var playing = decision.Next!;
        Assert.Equal(SessionPhase.Playing, playing.Phase);
        Assert.Equal(target, playing.StartedAt);
        Assert.Equal(2 * Minute, playing.PositionAt(T0));
        var late = Assert.IsType<LateStart>(Assert.Single(decision.ToChannel));
        Assert.Equal(2 * Minute, late.Position);
    }

    [Fact]
    public void Recover_ResumeCountdownThatPassedWhileDown_ContinuesFromThePausedPosition()
    {
        var resumed = Decide("/watch resume", Alice, Paused(20 * Minute)).Next!;

        var decision = SessionRules.Recover(resumed, resumed, resumed.CountdownTarget!.Value + Minute, Defaults);

        Assert.Equal(21 * Minute, Assert.IsType<LateStart>(Assert.Single(decision.ToChannel)).Position);
        Assert.Equal(SessionPhase.Playing, decision.Next!.Phase);
    }

    [Fact]
    public void Recover_FirstCountdownThatPassedLongerAgoThanThreeHours_IsMissed()
    {
        // A scheduled session whose countdown was already posted when the bot went down for the night.
        var target = T0 - (5 * Hour);

        var decision = SessionRules.Recover(CountingDown(target), null, T0, Defaults);

        Assert.Equal(EndReason.Missed, decision.Next!.EndReason);
        Assert.Equal(target, Assert.IsType<SessionMissed>(Assert.Single(decision.ToChannel)).ScheduledFor);
        Assert.Equal([LiveId], decision.Disarm);
    }

    [Fact]
    public void Recover_FirstCountdownThatPassedLongerAgoThanTheRuntime_IsMissed()
    {
        var target = T0 - (2 * Hour);

        var decision = SessionRules.Recover(CountingDown(target, runtime: Hour), null, T0, Defaults);

        Assert.Equal(EndReason.Missed, decision.Next!.EndReason);
    }

    [Fact]
    public void Recover_PlayingSession_ChangesNothingAndItsClockStillTellsTheRightPosition()
    {
        var playing = Playing(10 * Minute);

        var decision = SessionRules.Recover(playing, playing, T0 + Hour, Defaults);

        Assert.Same(Decision.Nothing, decision);
        Assert.Equal(Hour + (10 * Minute), playing.PositionAt(T0 + Hour));
    }

    [Fact]
    public void Recover_PausedSession_ChangesNothingAndStaysFrozen()
    {
        var paused = Paused(10 * Minute);

        Assert.Same(Decision.Nothing, SessionRules.Recover(paused, paused, T0 + Hour, Defaults));
        Assert.Equal(10 * Minute, paused.PositionAt(T0 + Hour));
    }

    [Fact]
    public void Recover_EndedSession_ChangesNothing()
    {
        var ended = Decide("/watch end", Alice, Playing(Minute)).Next!;

        Assert.Same(Decision.Nothing, SessionRules.Recover(ended, null, T0 + Hour, Defaults));
    }
}
