using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>A session with a runtime ends when its media clock gets there, with its recap.</summary>
public sealed class RuntimeEndRulesTests
{
    private static readonly SessionRulesOptions Defaults = Options();
    private static readonly TimeSpan Runtime = 6 * Second;

    [Fact]
    public void Start_WithARuntime_ArmsTheEndAtGoPlusRuntime()
    {
        var decision = Decide("/watch start in:3s runtime:6s", Alice);

        var end = T0 + (9 * Second);
        Assert.Contains(new SessionTimer(NewId, TimerKind.RuntimeEnd, end, end), decision.Arm);
        Assert.Equal(end, SessionRules.EndsAt(decision.Next!));
    }

    [Fact]
    public void Start_WithoutARuntime_ArmsNoEnd()
    {
        var decision = Decide("/watch start in:3s", Alice);

        Assert.DoesNotContain(decision.Arm, t => t.Kind == TimerKind.RuntimeEnd);
        Assert.Null(SessionRules.EndsAt(decision.Next!));
    }

    [Fact]
    public void EndTimer_AtTheRuntime_EndsTheSessionWithItsRecap()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);
        var end = T0 + Runtime;

        var decision = SessionRules.OnTimer(playing, EndAt(end), playing, end, Defaults);

        var ended = decision.Next!;
        Assert.Equal((SessionPhase.Ended, EndReason.ReachedEnd, end), (ended.Phase, ended.EndReason, ended.EndedAt));
        Assert.False(ended.Phase.IsLive());
        Assert.Equal(Runtime, ended.PositionAt(end + Hour));
        var notice = Assert.IsType<SessionEnded>(Assert.Single(decision.ToChannel));
        Assert.Null(notice.By);
        Assert.Equal(Runtime, notice.Recap.FinalPosition);
        Assert.Equal([LiveId], decision.Disarm);
    }

    [Fact]
    public void EndTimer_FiringTwice_ActsOnce()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);
        var end = T0 + Runtime;
        var first = SessionRules.OnTimer(playing, EndAt(end), playing, end, Defaults);

        Assert.Same(Decision.Nothing, SessionRules.OnTimer(first.Next!, EndAt(end), null, end + Second, Defaults));
    }

    [Fact]
    public void Pause_DisarmsTheEnd_AndAnEndTimerThatStillFiresDoesNothing()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);

        var pause = Decide("/watch pause", Alice, playing, now: T0 + (2 * Second));

        Assert.Equal([LiveId], pause.Disarm);
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(pause.Next!, EndAt(T0 + Runtime), pause.Next, T0 + Runtime, Defaults));
    }

    [Fact]
    public void Resume_ReArmsTheEndForTheTimeLeft()
    {
        var paused = Paused(2 * Second, Runtime);

        var resume = Decide("/watch resume in:3s", Alice, paused);

        var end = T0 + (3 * Second) + (4 * Second);
        Assert.Contains(new SessionTimer(LiveId, TimerKind.RuntimeEnd, end, end), resume.Arm);
        var go = SessionRules.OnTimer(resume.Next!, Assert.Single(resume.Arm, t => t.Kind == TimerKind.Go), resume.Next, T0 + (3 * Second), Defaults);
        Assert.Equal(SessionPhase.Ended, SessionRules.OnTimer(go.Next!, EndAt(end), go.Next, end, Defaults).Next!.Phase);
    }

    [Fact]
    public void Seek_MovesTheEnd_AndTheOldEndTimerDoesNothing()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);

        var seek = Decide("/watch seek to:-2s", Alice, playing, now: T0 + (4 * Second));

        var newEnd = T0 + (8 * Second);
        Assert.Equal([new SessionTimer(LiveId, TimerKind.RuntimeEnd, newEnd, newEnd)], seek.Arm);
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(seek.Next!, EndAt(T0 + Runtime), seek.Next, T0 + Runtime, Defaults));
        Assert.Equal(SessionPhase.Ended, SessionRules.OnTimer(seek.Next!, EndAt(newEnd), seek.Next, newEnd, Defaults).Next!.Phase);
    }

    [Fact]
    public void Recover_PlayingWithItsEndAhead_ReArmsTheEnd()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);

        var decision = SessionRules.Recover(playing, playing, T0 + Second, Defaults);

        Assert.Null(decision.Next);
        Assert.Empty(decision.ToChannel);
        Assert.Equal([EndAt(T0 + Runtime)], decision.Arm);
    }

    [Fact]
    public void Recover_PlayingWhoseRuntimePassedWhileDown_EndsItAtItsEndWithTheRecap()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);

        var decision = SessionRules.Recover(playing, playing, T0 + Hour, Defaults);

        var ended = decision.Next!;
        Assert.Equal((SessionPhase.Ended, EndReason.ReachedEnd, T0 + Runtime), (ended.Phase, ended.EndReason, ended.EndedAt));
        var notice = Assert.IsType<SessionEnded>(Assert.Single(decision.ToChannel));
        Assert.Equal((Runtime, Runtime), (notice.Recap.FinalPosition, notice.Recap.WatchedFor));
        Assert.Empty(decision.Arm);
    }

    [Fact]
    public void Recover_ResumeCountdownThatPassedTheEndWhileDown_EndsIt()
    {
        var resumed = Decide("/watch resume in:3s", Alice, Paused(2 * Second, Runtime)).Next!;

        var decision = SessionRules.Recover(resumed, resumed, T0 + Hour, Defaults);

        Assert.Equal((SessionPhase.Ended, EndReason.ReachedEnd), (decision.Next!.Phase, decision.Next.EndReason));
        Assert.Equal(T0 + (7 * Second), decision.Next.EndedAt);
    }

    [Fact]
    public void Recover_CountdownAhead_ReArmsGoAndEnd()
    {
        var counting = CountingDown(T0 + (5 * Second), Runtime);

        var decision = SessionRules.Recover(counting, counting, T0, Defaults);

        Assert.Equal([TimerKind.Go, TimerKind.RuntimeEnd], decision.Arm.Select(t => t.Kind));
        Assert.Equal(T0 + (11 * Second), decision.Arm[1].DueAt);
    }

    [Fact]
    public void AfterTheEnd_TheChannelIsFreeAndReactionsAreRefused()
    {
        var playing = Playing(TimeSpan.Zero, Runtime);
        var ended = SessionRules.OnTimer(playing, EndAt(T0 + Runtime), playing, T0 + Runtime, Defaults).Next!;
        var live = ended.Phase.IsLive() ? ended : null;

        Expect.Refused(Decide("/watch react emoji:😂", Bob, live, now: T0 + Runtime + Second));
        Assert.Equal(SessionPhase.CountingDown, Decide("/watch start in:3s", Bob, live).Next!.Phase);
    }

    private static SessionTimer EndAt(DateTimeOffset end) => new(LiveId, TimerKind.RuntimeEnd, end, end);
}
