using WatchBot.Core.Notices;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class PlaybackRulesTests
{
    private static readonly TimeSpan Runtime = TimeSpan.FromMinutes(136);

    [Fact]
    public void Pause_WhilePlaying_FreezesPositionAtNow()
    {
        var now = T0 + (42 * Second);

        var decision = Decide("/watch pause", Alice, Playing(10 * Minute), now: now);

        var paused = decision.Next!;
        Assert.Equal(SessionPhase.Paused, paused.Phase);
        Assert.Equal((10 * Minute) + (42 * Second), paused.PositionAt(now));
        Assert.Equal((10 * Minute) + (42 * Second), paused.PositionAt(now + Hour));
        var notice = Assert.IsType<PlaybackPaused>(Assert.Single(decision.ToChannel));
        Assert.Equal((10 * Minute) + (42 * Second), notice.Position);
        Assert.Equal(Alice.User, notice.By);
        Assert.Empty(decision.Arm);
    }

    [Fact]
    public void Pause_DuringTheCountdown_CancelsItAndHoldsTheStartPosition()
    {
        var target = T0 + (5 * Second);

        var paused = Decide("/watch pause", Alice, CountingDown(target), now: T0 + (2 * Second)).Next!;

        Assert.Equal(SessionPhase.Paused, paused.Phase);
        Assert.Null(paused.CountdownTarget);
        Assert.Equal(TimeSpan.Zero, paused.PositionAt(target + Minute));
    }

    [Fact]
    public void Pause_DuringAResumeCountdown_HoldsThePausedPosition()
    {
        var resumed = Decide("/watch resume", Alice, Paused(20 * Minute)).Next!;

        var pausedAgain = Decide("/watch pause", Alice, resumed, now: T0 + Second).Next!;

        Assert.Equal(20 * Minute, pausedAgain.PositionAt(T0 + Hour));
    }

    [Fact]
    public void Pause_WhilePaused_ResendsTheCurrentStateToTheSenderOnly()
    {
        var session = Paused(10 * Minute);

        var decision = Decide("/watch pause", Alice, session, now: T0 + Hour);

        Expect.ChangesNothing(decision);
        var already = Assert.IsType<AlreadySo>(decision.Reply);
        Assert.Equal(10 * Minute, already.Position);
        Assert.Contains("paused", already.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_FromPause_CountsDownTheDefaultThreeSecondsFromThePausedPosition()
    {
        var now = T0 + Minute;

        var decision = Decide("/watch resume", Alice, Paused(20 * Minute), now: now);

        var target = now + (3 * Second);
        var resumed = decision.Next!;
        Assert.Equal(SessionPhase.CountingDown, resumed.Phase);
        Assert.Equal(target, resumed.CountdownTarget);
        Assert.Equal(20 * Minute, resumed.PositionAt(now + (2 * Second)));
        Assert.Equal((20 * Minute) + (7 * Second), resumed.PositionAt(target + (7 * Second)));
        var notice = Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel));
        Assert.True(notice.IsResume);
        Assert.Equal(target, notice.Target);
        Assert.Equal(20 * Minute, notice.FromPosition);
        Assert.Equal([new SessionTimer(LiveId, TimerKind.Go, target, target)], decision.Arm);
    }

    [Fact]
    public void Resume_KeepsWhenPlaybackFirstStarted()
    {
        var paused = Paused(20 * Minute);

        Assert.Equal(paused.StartedAt, Decide("/watch resume", Alice, paused).Next!.StartedAt);
    }

    [Fact]
    public void Resume_WithIn_UsesThatCountdown()
    {
        Assert.Equal(T0 + (30 * Second), Decide("/watch resume in:30s", Alice, Paused(Minute)).Next!.CountdownTarget);
    }

    [Theory]
    [InlineData("2s")]
    [InlineData("11m")]
    public void Resume_CountdownOutOfBounds_IsInvalid(string countdown)
    {
        Expect.Invalid(Decide("/watch resume in:" + countdown, Alice, Paused(Minute)));
    }

    [Fact]
    public void Resume_WhilePlaying_SaysItIsAlreadyPlaying()
    {
        var already = Assert.IsType<AlreadySo>(Decide("/watch resume", Alice, Playing(Minute), now: T0 + Minute).Reply);

        Assert.Equal("already playing", already.What);
        Assert.Equal(2 * Minute, already.Position);
    }

    [Fact]
    public void Resume_WhileCountingDown_SaysItIsAlreadyCountingDown()
    {
        var decision = Decide("/watch resume", Alice, CountingDown(T0 + (5 * Second)));

        Expect.ChangesNothing(decision);
        Assert.Equal("already counting down", Assert.IsType<AlreadySo>(decision.Reply).What);
    }

    [Fact]
    public void Seek_Absolute_WhilePlaying_ContinuesFromThere()
    {
        var now = T0 + Minute;

        var decision = Decide("/watch seek to:1:02:03", Alice, Playing(10 * Minute), now: now);

        var sought = decision.Next!;
        Assert.Equal(SessionPhase.Playing, sought.Phase);
        Assert.Equal(TimeSpan.FromSeconds(3723), sought.PositionAt(now));
        Assert.Equal(TimeSpan.FromSeconds(3733), sought.PositionAt(now + (10 * Second)));
        var notice = Assert.IsType<PlaybackSeeked>(Assert.Single(decision.ToChannel));
        Assert.Equal(11 * Minute, notice.From);
        Assert.Equal(TimeSpan.FromSeconds(3723), notice.To);
        Assert.Equal(Alice.User, notice.By);
    }

    [Fact]
    public void Seek_Relative_MovesFromThePositionNow()
    {
        var now = T0 + Minute;

        var back = Decide("/watch seek to:-30s", Alice, Playing(10 * Minute), now: now).Next!;
        var forward = Decide("/watch seek to:+1m", Alice, Playing(10 * Minute), now: now).Next!;

        Assert.Equal((10 * Minute) + (30 * Second), back.PositionAt(now));
        Assert.Equal(12 * Minute, forward.PositionAt(now));
    }

    [Fact]
    public void Seek_BeforeTheStart_StopsAtZero()
    {
        var decision = Decide("/watch seek to:-5m", Alice, Playing(Minute));

        Assert.Equal(TimeSpan.Zero, decision.Next!.PositionAt(T0));
        var notice = Assert.IsType<PlaybackSeeked>(Assert.Single(decision.ToChannel));
        Assert.Equal(TimeSpan.Zero, notice.To);
        Assert.Equal(-4 * Minute, notice.Requested);
    }

    [Fact]
    public void Seek_PastTheRuntime_WhilePlaying_StopsAtTheEndAndEndsTheSessionThere()
    {
        var decision = Decide("/watch seek to:3:00:00", Alice, Playing(Minute, Runtime));

        Assert.Equal(Runtime, decision.Next!.PositionAt(T0));
        Assert.Equal((SessionPhase.Ended, EndReason.ReachedEnd, T0), (decision.Next.Phase, decision.Next.EndReason, decision.Next.EndedAt));
        Assert.Collection(
            decision.ToChannel,
            n => Assert.Equal(Runtime, Assert.IsType<PlaybackSeeked>(n).To),
            n => Assert.Equal(Runtime, Assert.IsType<SessionEnded>(n).Recap.FinalPosition));
        Assert.Empty(decision.Arm); // never a timer for an instant already here
        Assert.Equal([LiveId], decision.Disarm);
    }

    [Fact]
    public void Seek_PastTheRuntime_WhilePaused_StopsAtTheEndAndStaysPaused()
    {
        var decision = Decide("/watch seek to:3:00:00", Alice, Paused(Minute, Runtime));

        Assert.Equal(SessionPhase.Paused, decision.Next!.Phase);
        Assert.True(decision.Next.Clock.IsAtEnd(T0));
        Assert.Empty(decision.Arm);
        var notice = Assert.IsType<PlaybackSeeked>(Assert.Single(decision.ToChannel));
        Assert.Equal(Runtime, notice.To);
        Assert.Equal(3 * Hour, notice.Requested);
    }

    [Fact]
    public void Seek_WithinTheMedia_IsNotMarkedClamped()
    {
        var decision = Decide("/watch seek to:1:00:00", Alice, Playing(Minute, Runtime));

        Assert.Null(Assert.IsType<PlaybackSeeked>(Assert.Single(decision.ToChannel)).Requested);
    }

    [Theory]
    [InlineData("/watch seek to:0:00")]
    [InlineData("/watch seek to:+0s")]
    [InlineData("/watch seek to:-10s")] // before the start, from the start
    public void Seek_ThatChangesNothing_SaysNothingToDoToTheSenderOnly(string typed)
    {
        var atStart = Paused(TimeSpan.Zero);

        var decision = Decide(typed, Alice, atStart);

        Expect.ChangesNothing(decision);
        var already = Assert.IsType<AlreadySo>(decision.Reply);
        Assert.Equal(TimeSpan.Zero, already.Position);
    }

    [Fact]
    public void Seek_PastTheEnd_WhenAlreadyThere_SaysWhyNothingMoved()
    {
        var atEnd = Paused(Runtime, Runtime);

        var decision = Decide("/watch seek to:3:00:00", Alice, atEnd);

        Expect.ChangesNothing(decision);
        var already = Assert.IsType<AlreadySo>(decision.Reply);
        Assert.Contains("3:00:00 is past the end (2:16:00)", already.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Pause_ClearsReady_SoReadyDuringThePauseMeansReadyToGoOn()
    {
        var counting = Decide("/watch ready", Bob, CountingDown(T0 + (5 * Second))).Next!;

        var paused = Decide("/watch pause", Alice, counting, now: T0 + Minute).Next!;

        Assert.Empty(paused.ReadyUserIds);
        Assert.Contains(Bob.User.Key, Decide("/watch ready", Bob, paused, now: T0 + (2 * Minute)).Next!.ReadyUserIds);
    }

    [Fact]
    public void DrivingPlayback_CountsTheDriverAsAParticipant()
    {
        var paused = Decide("/watch pause", Carol, Playing(Minute)).Next!;
        var sought = Decide("/watch seek to:+1m", Carol, Playing(Minute)).Next!;
        var resumed = Decide("/watch resume", Carol, Paused(Minute)).Next!;

        Assert.All([paused, sought, resumed], s => Assert.Equal([Alice.User, Carol.User], s.Participants));
    }

    [Fact]
    public void ARefusedCommand_DoesNotMakeAParticipant()
    {
        Expect.Refused(Decide("/watch pause", Bob, Playing(Minute)));
        Assert.IsType<AlreadySo>(Decide("/watch pause", Carol, Paused(Minute)).Reply);
    }

    [Fact]
    public void Seek_WhilePaused_StaysPausedAtTheNewPosition()
    {
        var sought = Decide("/watch seek to:+1m", Alice, Paused(10 * Minute)).Next!;

        Assert.Equal(SessionPhase.Paused, sought.Phase);
        Assert.Equal(11 * Minute, sought.PositionAt(T0 + Hour));
    }

    [Fact]
    public void Seek_DuringTheCountdown_KeepsTheTargetAndStartsThere()
    {
        var target = T0 + (5 * Second);

        var decision = Decide("/watch seek to:1:00:00", Alice, CountingDown(target), now: T0 + Second);

        var sought = decision.Next!;
        Assert.Equal(SessionPhase.CountingDown, sought.Phase);
        Assert.Equal(target, sought.CountdownTarget);
        Assert.Equal(Hour, sought.PositionAt(target));
        Assert.Equal(Hour + Second, sought.PositionAt(target + Second));
        Assert.Empty(decision.Arm);
    }
}
