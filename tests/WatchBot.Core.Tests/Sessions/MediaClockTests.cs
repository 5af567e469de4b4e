using WatchBot.Core.Features.Sessions;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Sessions;

public sealed class MediaClockTests
{
    private static readonly TimeSpan Runtime = TimeSpan.FromMinutes(136);

    [Fact]
    public void PositionAt_WhilePaused_StaysAtAnchorPosition()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: false, Runtime: null);

        Assert.Equal(5 * Minute, clock.PositionAt(T0));
        Assert.Equal(5 * Minute, clock.PositionAt(T0 + Hour));
        Assert.Equal(5 * Minute, clock.PositionAt(T0 - Hour));
    }

    [Fact]
    public void PositionAt_WhileRunning_AdvancesWithElapsedTime()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: true, Runtime: null);

        Assert.Equal(5 * Minute, clock.PositionAt(T0));
        Assert.Equal((5 * Minute) + (90 * Second), clock.PositionAt(T0 + (90 * Second)));
        Assert.Equal((5 * Minute) + TimeSpan.FromMilliseconds(250), clock.PositionAt(T0 + TimeSpan.FromMilliseconds(250)));
    }

    [Fact]
    public void PositionAt_BeforeTheAnchorOfARunningClock_IsTheCountdownAndHoldsTheStartPosition()
    {
        var clock = new MediaClock(T0 + (10 * Second), 7 * Minute, IsRunning: true, Runtime: null);

        Assert.Equal(7 * Minute, clock.PositionAt(T0));
        Assert.Equal(7 * Minute, clock.PositionAt(T0 + (10 * Second)));
        Assert.Equal((7 * Minute) + Second, clock.PositionAt(T0 + (11 * Second)));
    }

    [Fact]
    public void PositionAt_NeverBelowZero()
    {
        var clock = new MediaClock(T0, -Minute, IsRunning: true, Runtime: null);

        Assert.Equal(TimeSpan.Zero, clock.PositionAt(T0));
        Assert.Equal(TimeSpan.Zero, clock.PositionAt(T0 + (30 * Second)));
        Assert.Equal(TimeSpan.Zero, new MediaClock(T0, -Minute, IsRunning: false, Runtime: null).PositionAt(T0 + Hour));
    }

    [Fact]
    public void PositionAt_NeverPastTheKnownRuntime()
    {
        var clock = new MediaClock(T0, Runtime - Minute, IsRunning: true, Runtime);

        Assert.Equal(Runtime - Minute, clock.PositionAt(T0));
        Assert.Equal(Runtime, clock.PositionAt(T0 + Minute));
        Assert.Equal(Runtime, clock.PositionAt(T0 + (5 * Hour)));
    }

    [Fact]
    public void PositionAt_WithUnknownRuntime_KeepsAdvancing()
    {
        var clock = new MediaClock(T0, TimeSpan.Zero, IsRunning: true, Runtime: null);

        Assert.Equal(5 * Hour, clock.PositionAt(T0 + (5 * Hour)));
    }

    [Fact]
    public void Stopped_IsFrozenAtZero()
    {
        var clock = MediaClock.Stopped(T0, Runtime);

        Assert.False(clock.IsRunning);
        Assert.Equal(Runtime, clock.Runtime);
        Assert.Equal(TimeSpan.Zero, clock.PositionAt(T0 + Hour));
    }

    [Fact]
    public void PausedAt_WhileRunning_FreezesThePositionShownAtThatInstant()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: true, Runtime: null);

        var paused = clock.PausedAt(T0 + (42 * Second));

        Assert.False(paused.IsRunning);
        Assert.Equal(T0 + (42 * Second), paused.AnchorInstant);
        Assert.Equal((5 * Minute) + (42 * Second), paused.PositionAt(T0 + (42 * Second)));
        Assert.Equal((5 * Minute) + (42 * Second), paused.PositionAt(T0 + Hour));
    }

    [Fact]
    public void PausedAt_DuringACountdown_HoldsThePositionPlaybackWouldStartFrom()
    {
        var countdown = new MediaClock(T0 + (10 * Second), 3 * Minute, IsRunning: true, Runtime: null);

        var paused = countdown.PausedAt(T0 + (4 * Second));

        Assert.False(paused.IsRunning);
        Assert.Equal(3 * Minute, paused.PositionAt(T0 + Hour));
    }

    [Fact]
    public void PausedAt_PastTheRuntime_FreezesAtTheEnd()
    {
        var clock = new MediaClock(T0, Runtime - Second, IsRunning: true, Runtime);

        Assert.Equal(Runtime, clock.PausedAt(T0 + Hour).AnchorPosition);
    }

    [Fact]
    public void RunningFrom_StartsAtThePositionWhenTheInstantArrives()
    {
        var paused = new MediaClock(T0, 20 * Minute, IsRunning: false, Runtime);

        var resumed = paused.RunningFrom(20 * Minute, T0 + (3 * Second));

        Assert.True(resumed.IsRunning);
        Assert.Equal(Runtime, resumed.Runtime);
        Assert.Equal(20 * Minute, resumed.PositionAt(T0 + Second));
        Assert.Equal(20 * Minute, resumed.PositionAt(T0 + (3 * Second)));
        Assert.Equal((20 * Minute) + (7 * Second), resumed.PositionAt(T0 + (10 * Second)));
    }

    [Fact]
    public void RunningFrom_ClampsThePositionIntoTheMedia()
    {
        var clock = MediaClock.Stopped(T0, Runtime);

        Assert.Equal(TimeSpan.Zero, clock.RunningFrom(-Minute, T0).AnchorPosition);
        Assert.Equal(Runtime, clock.RunningFrom(Runtime + Hour, T0).AnchorPosition);
    }

    [Fact]
    public void SeekedTo_WhileRunning_ContinuesFromTheNewPositionNow()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: true, Runtime: null);
        var now = T0 + Minute;

        var sought = clock.SeekedTo(Hour, now);

        Assert.True(sought.IsRunning);
        Assert.Equal(now, sought.AnchorInstant);
        Assert.Equal(Hour, sought.PositionAt(now));
        Assert.Equal(Hour + (5 * Second), sought.PositionAt(now + (5 * Second)));
    }

    [Fact]
    public void SeekedTo_WhilePaused_StaysPausedAtTheNewPosition()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: false, Runtime: null);

        var sought = clock.SeekedTo(2 * Minute, T0 + Minute);

        Assert.False(sought.IsRunning);
        Assert.Equal(2 * Minute, sought.PositionAt(T0 + Hour));
    }

    [Fact]
    public void SeekedTo_DuringACountdown_KeepsTheStartInstant()
    {
        var target = T0 + (10 * Second);
        var countdown = new MediaClock(target, TimeSpan.Zero, IsRunning: true, Runtime: null);

        var sought = countdown.SeekedTo(Hour, T0 + (4 * Second));

        Assert.Equal(target, sought.AnchorInstant);
        Assert.True(sought.IsRunning);
        Assert.Equal(Hour, sought.PositionAt(T0 + (9 * Second)));
        Assert.Equal(Hour + (5 * Second), sought.PositionAt(target + (5 * Second)));
    }

    [Fact]
    public void SeekedTo_ClampsAtZeroAndAtTheRuntime()
    {
        var clock = new MediaClock(T0, 5 * Minute, IsRunning: true, Runtime);

        Assert.Equal(TimeSpan.Zero, clock.SeekedTo(-Hour, T0).PositionAt(T0));
        Assert.Equal(Runtime, clock.SeekedTo(Runtime + Hour, T0).PositionAt(T0));
    }

    [Fact]
    public void IsAtEnd_OnlyOnceTheKnownRuntimeIsReached()
    {
        var clock = new MediaClock(T0, Runtime - Minute, IsRunning: true, Runtime);

        Assert.False(clock.IsAtEnd(T0));
        Assert.False(clock.IsAtEnd(T0 + Minute - Second));
        Assert.True(clock.IsAtEnd(T0 + Minute));
        Assert.True(clock.IsAtEnd(T0 + Hour));
    }

    [Fact]
    public void IsAtEnd_WithUnknownRuntime_IsNever()
    {
        var clock = new MediaClock(T0, TimeSpan.Zero, IsRunning: true, Runtime: null);

        Assert.False(clock.IsAtEnd(T0 + TimeSpan.FromDays(30)));
    }

    [Fact]
    public void PlayedAt_CountsOnlyTheStretchesTheClockRan()
    {
        var clock = new MediaClock(T0, TimeSpan.Zero, IsRunning: true, Runtime);

        var paused = clock.PausedAt(T0 + (5 * Second));
        var resumed = paused.RunningFrom(paused.PositionAt(T0 + Minute), T0 + Minute + (3 * Second));

        Assert.Equal(5 * Second, paused.PlayedAt(T0 + Hour));
        Assert.Equal(5 * Second, resumed.PlayedAt(T0 + Minute + (3 * Second))); // the resume countdown is not played
        Assert.Equal(15 * Second, resumed.PlayedAt(T0 + Minute + (13 * Second)));
    }

    [Fact]
    public void PlayedAt_KeepsWhatWasPlayedAcrossASeek_AndNotTheJump()
    {
        var clock = new MediaClock(T0, TimeSpan.Zero, IsRunning: true, Runtime);

        var sought = clock.SeekedTo(Hour, T0 + (10 * Second));

        Assert.Equal(10 * Second, sought.PlayedAt(T0 + (10 * Second)));
        Assert.Equal(30 * Second, sought.PlayedAt(T0 + (30 * Second)));
    }

    [Fact]
    public void PlayedAt_BeforeAFirstCountdownEnds_IsNothing_AndStopsAtTheRuntime()
    {
        var countdown = new MediaClock(T0 + (10 * Second), TimeSpan.Zero, IsRunning: true, Runtime);

        Assert.Equal(TimeSpan.Zero, countdown.PlayedAt(T0 + (5 * Second)));
        Assert.Equal(Runtime, countdown.PlayedAt(T0 + (10 * Second) + (3 * Hour)));
    }
}
