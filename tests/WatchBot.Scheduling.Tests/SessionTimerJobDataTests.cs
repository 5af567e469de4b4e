using Quartz;
using WatchBot.Core.Kernel;
using WatchBot.Core.Rules;
using WatchBot.Core.Sessions;

namespace WatchBot.Scheduling.Tests;

/// <summary>The job's key and its string-only data: the contract a restarted process reads back.</summary>
public sealed class SessionTimerJobDataTests
{
    private static readonly AggregateTimer Timer = new SessionTimer(
        new SessionId("a1b2c3d4e5f6"),
        TimerKind.BeginCountdown,
        new DateTimeOffset(2026, 11, 22, 21, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, 22, 19, 59, 0, TimeSpan.Zero)).ToAggregateTimer();

    [Fact]
    public void ToJobDataMap_ThenTryRead_GivesBackTheSameTimer()
    {
        Assert.True(SessionTimerJobData.TryRead(SessionTimerJobData.ToJobDataMap(Timer), out var read));

        Assert.Equal(Timer, read);
        Assert.Equal(TimeSpan.FromHours(1), read.Target.Offset);
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void EveryKind_RoundTripsByItsName(TimerKind kind)
    {
        var timer = Timer with { Kind = kind.ToString() };

        Assert.True(SessionTimerJobData.TryRead(SessionTimerJobData.ToJobDataMap(timer), out var read));
        Assert.Equal(timer, read);
        Assert.Equal(kind.ToString(), SessionTimerJobData.ToJobDataMap(timer)[SessionTimerJobData.KindKey]);
    }

    public static TheoryData<TimerKind> AllKinds() => [.. Enum.GetValues<TimerKind>()];

    [Fact]
    public void ToJobDataMap_HoldsOnlyReadableStrings()
    {
        var map = SessionTimerJobData.ToJobDataMap(Timer);

        Assert.All(map.Values, value => Assert.IsType<string>(value));
        Assert.Equal("a1b2c3d4e5f6", map[SessionTimerJobData.SessionIdKey]);
        Assert.Equal("BeginCountdown", map[SessionTimerJobData.KindKey]);
        Assert.Equal("2026-11-22T21:00:00.0000000+01:00", map[SessionTimerJobData.TargetKey]);
        Assert.Equal("2026-11-22T19:59:00.0000000+00:00", map[SessionTimerJobData.DueAtKey]);
    }

    [Fact]
    public void JobKeyFor_IsTheSameForSessionAndKind_AndDiffersByKind()
    {
        var session = new SessionId("a1b2c3d4e5f6");

        Assert.Equal(SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)), SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)));
        Assert.NotEqual(SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)), SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.BeginCountdown)));
        Assert.NotEqual(SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)), SessionTimerJobData.JobKeyFor(new SessionId("other").Aggregate, nameof(TimerKind.Go)));
        Assert.Equal(new JobKey("a1b2c3d4e5f6/Go", "session-timers"), SessionTimerJobData.JobKeyFor(session.Aggregate, nameof(TimerKind.Go)));
    }

    [Theory]
    [InlineData(SessionTimerJobData.AggregateIdKey, "")]
    [InlineData(SessionTimerJobData.AggregateIdKey, "   ")]
    [InlineData(SessionTimerJobData.AggregateKindKey, "")]
    [InlineData(SessionTimerJobData.AggregateKindKey, "poll/x")]
    [InlineData(SessionTimerJobData.KindKey, "Go, BeginCountdown")]
    [InlineData(SessionTimerJobData.KindKey, "Go/1")]
    [InlineData(SessionTimerJobData.TargetKey, "2026-11-22 21:00")]
    [InlineData(SessionTimerJobData.DueAtKey, "")]
    public void TryRead_OneValueUnreadable_ReturnsFalse(string key, string value)
    {
        var map = SessionTimerJobData.ToJobDataMap(Timer);
        map[key] = value;

        Assert.False(SessionTimerJobData.TryRead(map, out var read));
        Assert.Null(read);
    }

    [Theory]
    [InlineData(SessionTimerJobData.AggregateIdKey)]
    [InlineData(SessionTimerJobData.KindKey)]
    [InlineData(SessionTimerJobData.TargetKey)]
    [InlineData(SessionTimerJobData.DueAtKey)]
    public void TryRead_OneValueMissingOrNotAString_ReturnsFalse(string key)
    {
        var missing = SessionTimerJobData.ToJobDataMap(Timer);
        missing.Remove(key);
        var notAString = SessionTimerJobData.ToJobDataMap(Timer);
        notAString[key] = 42;

        Assert.False(SessionTimerJobData.TryRead(missing, out _));
        Assert.False(SessionTimerJobData.TryRead(notAString, out _));
    }

    [Fact]
    public void TryRead_AJobWrittenBeforeTimersWereGeneric_IsASessionsTimer()
    {
        // Exactly what version 1 wrote: no aggregate kind, the session's id under "sessionId".
        var old = new JobDataMap
        {
            ["sessionId"] = "a1b2c3d4e5f6",
            ["kind"] = "BeginCountdown",
            ["target"] = "2026-11-22T21:00:00.0000000+01:00",
            ["dueAt"] = "2026-11-22T19:59:00.0000000+00:00",
        };

        Assert.True(SessionTimerJobData.TryRead(old, out var read));
        Assert.Equal(Timer, read);
        Assert.True(SessionTimer.TryFrom(read, out var session));
        Assert.Equal(new SessionId("a1b2c3d4e5f6"), session.SessionId);
    }

    [Fact]
    public void AnotherAggregateKind_HasItsOwnGroup_AndRoundTrips()
    {
        var poll = new AggregateTimer(new AggregateKey("poll", "p1"), "Close", Timer.Target, Timer.DueAt);

        Assert.Equal(new JobKey("p1/Close", "poll-timers"), SessionTimerJobData.JobKeyFor(poll.Aggregate, poll.Kind));
        Assert.True(SessionTimerJobData.TryRead(SessionTimerJobData.ToJobDataMap(poll), out var read));
        Assert.Equal(poll, read);
        Assert.False(SessionTimerJobData.ToJobDataMap(poll).ContainsKey(SessionTimerJobData.SessionIdKey));
    }
}
