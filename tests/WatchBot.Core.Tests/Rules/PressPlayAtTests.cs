using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>
/// Every GO instant falls on a whole second, rounded up: renderings show whole seconds, so a target
/// of 20:00:10.4 shown as "20:00:10" told people to press play 0.4 s early.
/// </summary>
public sealed class PressPlayAtTests
{
    private static readonly TimeSpan Fraction = TimeSpan.FromMilliseconds(400);

    [Fact]
    public void Start_AcceptedMidSecond_TargetsTheNextWholeSecondAfterTheCountdown()
    {
        var decision = Decide("/watch start in:10s", Alice, now: T0 + Fraction);

        var target = T0 + (11 * Second);
        Assert.Equal(target, decision.Next!.CountdownTarget);
        Assert.Equal(target, Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel)).Target);
        Assert.Equal(target, Assert.Single(decision.Arm).DueAt);
        Assert.Equal(target, decision.Next.Clock.AnchorInstant);
    }

    [Fact]
    public void Start_AcceptedOnAWholeSecond_KeepsTheCountdownExactly()
    {
        Assert.Equal(T0 + (10 * Second), Decide("/watch start in:10s", Alice, now: T0).Next!.CountdownTarget);
    }

    [Fact]
    public void Resume_AcceptedMidSecond_TargetsAWholeSecond()
    {
        var decision = Decide("/watch resume in:3s", Alice, Paused(Minute), now: T0 + Fraction);

        var target = T0 + (4 * Second);
        Assert.Equal(target, decision.Next!.CountdownTarget);
        Assert.Equal(target, Assert.IsType<CountdownStarted>(Assert.Single(decision.ToChannel)).Target);
        Assert.Equal(Minute, decision.Next.PositionAt(target));
    }

    [Fact]
    public void Schedule_InAFewSeconds_AcceptedMidSecond_StartsOnAWholeSecond()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 65s\"", Alice, now: T0 + Fraction);

        var at = T0 + (66 * Second);
        Assert.Equal(at, decision.Next!.ScheduledFor);
        Assert.Equal(at, Assert.IsType<SessionScheduled>(Assert.Single(decision.ToChannel)).At);
    }

    [Fact]
    public void ScheduledCountdown_TargetsTheScheduledWholeSecond()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 30s\"", Alice, now: T0 + Fraction);

        Assert.Equal(T0 + (31 * Second), decision.Next!.CountdownTarget);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1000)]
    [InlineData(999, 1000)]
    [InlineData(1000, 1000)]
    [InlineData(1001, 2000)]
    public void PressPlayAt_RoundsUpToAWholeSecond(int milliseconds, int expected)
    {
        Assert.Equal(T0.AddMilliseconds(expected), SessionRules.PressPlayAt(T0.AddMilliseconds(milliseconds)));
    }

    [Fact]
    public void PressPlayAt_CountsWholeSecondsInUtc_WhateverTheOffset()
    {
        var instant = new DateTimeOffset(2026, 11, 22, 21, 0, 0, 250, TimeSpan.FromMinutes(30));

        var rounded = SessionRules.PressPlayAt(instant);

        Assert.Equal(0, rounded.ToUnixTimeMilliseconds() % 1000);
        Assert.Equal(instant.AddMilliseconds(750), rounded);
    }
}
