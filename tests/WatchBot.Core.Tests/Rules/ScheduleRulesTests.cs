using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

public sealed class ScheduleRulesTests
{
    [Fact]
    public void Schedule_AtAnInstant_PlansTheSessionAndArmsItsCountdownAMinuteBefore()
    {
        var at = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

        var decision = Decide("/watch schedule title:\"Alien\" at:2026-12-01T20:00:00Z runtime:1h57m", Alice);

        var session = decision.Next!;
        Assert.Equal(SessionPhase.Scheduled, session.Phase);
        Assert.Equal(at, session.ScheduledFor);
        Assert.Equal("Alien", session.Title);
        Assert.Equal(TimeSpan.FromMinutes(117), session.Clock.Runtime);
        Assert.False(session.Clock.IsRunning);
        Assert.Null(session.CountdownTarget);
        var notice = Assert.IsType<SessionScheduled>(Assert.Single(decision.ToChannel));
        Assert.Equal(at, notice.At);
        Assert.Equal(Alice.User, notice.By);
        Assert.Equal([new SessionTimer(NewId, TimerKind.BeginCountdown, at, at - Minute), new SessionTimer(NewId, TimerKind.Reminder, at, at - (24 * Hour))], decision.Arm);
    }

    [Fact]
    public void Schedule_InTwoHours_CountsFromAcceptance()
    {
        var session = Decide("/watch schedule title:\"Alien\" at:\"in 2h\"", Alice).Next!;

        Assert.Equal(T0 + (2 * Hour), session.ScheduledFor);
    }

    [Fact]
    public void Schedule_LessThanTheLeadAhead_CountsDownAtOnce()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 30s\"", Alice);

        var session = decision.Next!;
        Assert.Equal(SessionPhase.CountingDown, session.Phase);
        Assert.Equal(T0 + (30 * Second), session.CountdownTarget);
        Assert.Equal(T0 + (30 * Second), session.ScheduledFor);
        Assert.Collection(decision.ToChannel,
            n => Assert.IsType<SessionScheduled>(n),
            n => Assert.Equal(T0 + (30 * Second), Assert.IsType<CountdownStarted>(n).Target));
        var timer = Assert.Single(decision.Arm);
        Assert.Equal((TimerKind.Go, T0 + (30 * Second)), (timer.Kind, timer.DueAt));
    }

    [Fact]
    public void Schedule_WithinTheLead_WhileAnotherSessionIsLive_IsBookedAndWaitsForTheChannel()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 30s\"", Alice, live: Playing(Minute));

        var waiting = decision.Next!;
        Assert.Equal((SessionPhase.Scheduled, T0), (waiting.Phase, waiting.WaitingSince));
        Assert.Collection(
            decision.ToChannel,
            n => Assert.IsType<SessionScheduled>(n),
            n => Assert.Equal(LiveId, Assert.IsType<ScheduledStartWaiting>(n).Blocking.Id));
        Assert.Equal(TimerKind.BeginCountdown, Assert.Single(decision.Arm).Kind);
    }

    [Theory]
    [InlineData("2026-11-22T19:59:59Z")]
    [InlineData("2026-11-22T20:00:00Z")]
    [InlineData("\"in 0s\"")]
    public void Schedule_InThePast_IsInvalid(string at)
    {
        var error = Expect.Invalid(Decide("/watch schedule title:Alien at:" + at, Alice));

        Assert.Contains("passed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_MoreThanAYearAhead_IsInvalid()
    {
        var error = Expect.Invalid(SessionRules.Decide(Context(Alice), Schedule(T0 + TimeSpan.FromDays(365) + Second)));

        Assert.Contains("365", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_ExactlyAYearAhead_IsAccepted()
    {
        Assert.NotNull(SessionRules.Decide(Context(Alice), Schedule(T0 + TimeSpan.FromDays(365))).Next);
    }

    [Fact]
    public void Schedule_TitleTooLong_IsInvalid()
    {
        var command = new ScheduleCommand(new string('x', 101), ScheduleTime.In(Hour), null, null);

        Expect.Invalid(SessionRules.Decide(Context(Alice), command));
    }

    [Fact]
    public void Schedule_RuntimeTooLong_IsInvalid()
    {
        Expect.Invalid(Decide("/watch schedule title:Alien at:\"in 1h\" runtime:25h", Alice));
    }

    [Fact]
    public void Schedule_WhileASessionIsLive_IsAccepted()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 3h\"", Bob, Playing(Minute));

        Assert.Equal(SessionPhase.Scheduled, decision.Next!.Phase);
        Assert.Equal(Bob.User, decision.Next.Host);
    }

    private static ScheduleCommand Schedule(DateTimeOffset at) => new("Alien", ScheduleTime.At(at), null, null);
}
