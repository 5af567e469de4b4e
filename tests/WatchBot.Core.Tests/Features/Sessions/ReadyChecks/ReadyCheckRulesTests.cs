using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Sessions.ReadyChecks;

/// <summary>The ready check's rules, as a table of what people type and what the timers do.</summary>
public sealed class ReadyCheckRulesTests
{
    private static readonly SessionRulesOptions Defaults = Options();

    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);

    // Carol, a moderator, kicks Dave (the parser leaves who a mention is to the platform: here it is said).
    private static Decision Kick(WatchSession live, DateTimeOffset now) =>
        SessionRules.Decide(Context(Carol, live, now: now), new KickCommand(Dave.User.Id) { Target = Dave });

    [Fact]
    public void Start_WithReady3_HoldsAtTheStartUntilTheDefaultDeadline()
    {
        var decision = Decide("/watch start title:\"The Matrix\" ready:3", Alice);

        var held = decision.Next!;
        Assert.True(SessionRules.IsHeldForReady(held));
        Assert.Equal(SessionPhase.Paused, held.Phase);
        Assert.Equal(TimeSpan.Zero, held.PositionAt(T0 + Hour));
        Assert.Null(held.CountdownTarget);
        Assert.Equal(3, held.ReadyCheck!.Count);
        Assert.Equal(T0 + Defaults.DefaultReadyWait, held.ReadyCheck.Deadline);
        var timer = Assert.Single(decision.Arm);
        Assert.Equal(new SessionTimer(NewId, TimerKind.ReadyDeadline, T0 + (10 * Minute), T0 + (10 * Minute)), timer);
        Assert.IsType<ReadyCheckOpened>(Assert.Single(decision.ToChannel));
    }

    [Fact]
    public void Held_StaysHeldUntilTheCountIsReached_ThenCountsDownFromThatSecond()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:3 in:15s", Alice).Next!;
        var one = Decide("/watch ready", Bob, held, now: T0 + Minute);
        var two = Decide("/watch ready", Dave, one.Next, now: T0 + (2 * Minute));

        Assert.True(SessionRules.IsHeldForReady(two.Next!));
        Assert.Equal(2, Assert.IsType<ReadyMarked>(Assert.Single(two.ToChannel)).ReadyCount);
        Assert.Empty(two.Arm);

        var now = T0 + (3 * Minute) + TimeSpan.FromMilliseconds(400);
        var three = Decide("/watch ready", Alice, two.Next, now: now);

        var target = T0 + (3 * Minute) + (16 * Second);
        var counting = three.Next!;
        Assert.Equal(SessionPhase.CountingDown, counting.Phase);
        Assert.Equal(target, counting.CountdownTarget);
        Assert.Null(counting.ReadyCheck);
        var released = Assert.IsType<ReadyCheckReleased>(three.ToChannel[0]);
        Assert.Equal(ReadyRelease.Reached, released.Why);
        Assert.Equal(target, released.Target);
        Assert.Equal(target, Assert.IsType<CountdownStarted>(three.ToChannel[1]).Target);
        Assert.Contains(new SessionTimer(NewId, TimerKind.Go, target, target), three.Arm);
    }

    [Fact]
    public void Deadline_Fires_StartsAnywayWithoutThoseNotReady()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:3 wait:5m", Alice).Next!;
        var withBob = Decide("/watch ready", Bob, held, now: T0 + Minute).Next!;
        var deadline = T0 + (5 * Minute);
        var timer = new SessionTimer(NewId, TimerKind.ReadyDeadline, deadline, deadline);

        var decision = SessionRules.OnTimer(withBob, timer, withBob, deadline, Defaults);

        Assert.Equal(SessionPhase.CountingDown, decision.Next!.Phase);
        Assert.Equal(deadline + Defaults.DefaultCountdown, decision.Next.CountdownTarget);
        var released = Assert.IsType<ReadyCheckReleased>(decision.ToChannel[0]);
        Assert.Equal(ReadyRelease.Deadline, released.Why);
        Assert.Equal([Alice.User], released.Tally.WaitingFor);

        // The same timer again, or one for another deadline, finds nothing to do.
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(decision.Next, timer, decision.Next, deadline + Second, Defaults));
        var stale = new SessionTimer(NewId, TimerKind.ReadyDeadline, deadline - Minute, deadline - Minute);
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(withBob, stale, withBob, deadline, Defaults));
    }

    [Theory]
    [InlineData("alice", true)]
    [InlineData("carol", true)]
    [InlineData("bob", false)]
    public void Resume_OnAHeldStart_IsTheHostOrAModeratorSayingGo(string who, bool starts)
    {
        var actor = who switch { "alice" => Alice, "carol" => Carol, _ => Bob };
        var held = Decide("/watch start title:\"The Matrix\" ready:3", Alice).Next!;

        var decision = Decide("/watch resume in:5s", actor, held, now: T0 + Minute);

        if (!starts)
        {
            var refused = Expect.Refused(decision);
            Assert.Contains("only the host (alice) or a moderator", refused.Reason, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(T0 + Minute + (5 * Second), decision.Next!.CountdownTarget);
        var released = Assert.IsType<ReadyCheckReleased>(decision.ToChannel[0]);
        Assert.Equal(ReadyRelease.HostGo, released.Why);
        Assert.Equal(actor.User, released.By);
    }

    [Fact]
    public void StartNow_WithNoRsvps_ReadyAll_IsExplainedPolitely()
    {
        var error = Expect.Invalid(Decide("/watch start title:\"The Matrix\" ready:all", Alice));

        Assert.Contains("no RSVPs", error.Message, StringComparison.Ordinal);
        Assert.Contains("ready:3", error.Example, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/watch start title:X ready:3 wait:1s", "wait: must be between")]
    [InlineData("/watch start title:X ready:3 wait:2h", "wait: must be between")]
    public void Start_WithAWaitOutOfBounds_IsRefusedWithAnExample(string typed, string says)
    {
        Assert.Contains(says, Expect.Invalid(Decide(typed, Alice)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithoutReady_IsUnchanged()
    {
        var decision = Decide("/watch start title:\"The Matrix\"", Alice);

        Assert.Equal(SessionPhase.CountingDown, decision.Next!.Phase);
        Assert.Null(decision.Next.ReadyCheck);
        Assert.DoesNotContain(decision.Arm, t => t.Kind is TimerKind.ReadyDeadline or TimerKind.ReadyCheckOpens);
    }

    [Fact]
    public void Schedule_WithReady_OpensTheCheckFiveMinutesBefore_AndLeavesTheStartAlone()
    {
        var at = T0 + (2 * Hour);
        var booked = Decide("/watch schedule title:Alien at:\"in 2h\" ready:3", Alice);
        var opens = Assert.Single(booked.Arm, t => t.Kind == TimerKind.ReadyCheckOpens);
        Assert.Equal(new SessionTimer(NewId, TimerKind.ReadyCheckOpens, at, at - (5 * Minute)), opens);
        Assert.Null(booked.Next!.ReadyCheck!.OpenedAt);

        var opened = SessionRules.OnTimer(booked.Next, opens, null, opens.DueAt, Defaults);

        Assert.Equal(SessionPhase.Scheduled, opened.Next!.Phase);
        Assert.Equal(opens.DueAt, opened.Next.ReadyCheck!.OpenedAt);
        Assert.IsType<ReadyCheckOpened>(Assert.Single(opened.ToChannel));
        Assert.Same(Decision.Nothing, SessionRules.OnTimer(opened.Next, opens, null, opens.DueAt + Second, Defaults));
    }

    [Fact]
    public void Booked_CountdownDue_WithTooFewReady_IsHeldUntilTheStartPlusWait()
    {
        var at = T0 + (2 * Hour);
        var booked = Decide("/watch schedule title:Alien at:\"in 2h\" ready:2 wait:5m", Alice).Next!;
        var begin = new SessionTimer(NewId, TimerKind.BeginCountdown, at, at - Minute);

        var decision = SessionRules.OnTimer(booked, begin, null, begin.DueAt, Defaults);

        Assert.True(SessionRules.IsHeldForReady(decision.Next!));
        Assert.Equal(at + (5 * Minute), decision.Next!.ReadyCheck!.Deadline);
        Assert.Equal(TimerKind.ReadyDeadline, Assert.Single(decision.Arm).Kind);
    }

    [Fact]
    public void Booked_WithEnoughReadyBeforeItsCountdown_CountsDownToTheBookedInstant()
    {
        var at = T0 + (2 * Hour);
        var booked = Decide("/watch schedule title:Alien at:\"in 2h\" ready:1", Alice).Next!;
        var ready = Decide("/watch ready", Bob, upcoming: [booked], now: at - (3 * Minute)).Next!;
        var begin = new SessionTimer(NewId, TimerKind.BeginCountdown, at, at - Minute);

        var decision = SessionRules.OnTimer(ready, begin, null, begin.DueAt, Defaults);

        Assert.Equal(SessionPhase.CountingDown, decision.Next!.Phase);
        Assert.Equal(at, decision.Next.CountdownTarget);
    }

    [Fact]
    public void ReadyAll_WaitsForEveryoneGoing_AndLetsGoWhenTheLastOneIsReady()
    {
        var at = T0 + (2 * Hour);
        var booked = Decide("/watch schedule title:Alien at:\"in 2h\" ready:all", Alice).Next! with
        {
            Rsvps = [new Rsvp(Bob.User, RsvpAnswer.Going, T0), new Rsvp(Dave.User, RsvpAnswer.Going, T0), new Rsvp(Carol.User, RsvpAnswer.NotGoing, T0)],
        };
        var held = SessionRules.OnTimer(booked, new SessionTimer(NewId, TimerKind.BeginCountdown, at, at - Minute), null, at - Minute, Defaults).Next!;
        Assert.Equal([Bob.User, Dave.User], ReadyTally.Of(held, held.ReadyCheck!).WaitingFor);

        var bob = Decide("/watch ready", Bob, held, now: at);
        var carol = Decide("/watch ready", Carol, bob.Next, now: at + Second);
        Assert.True(SessionRules.IsHeldForReady(carol.Next!));

        var dave = Decide("/watch ready", Dave, carol.Next, now: at + (2 * Second));

        Assert.Equal(SessionPhase.CountingDown, dave.Next!.Phase);
        Assert.Equal(ReadyRelease.Reached, Assert.IsType<ReadyCheckReleased>(dave.ToChannel[0]).Why);
    }

    [Fact]
    public void ReadyAll_Held_LetsGoAtOnce_WhenTheOneNotReadyIsKicked()
    {
        var at = T0 + (2 * Hour);
        var booked = Decide("/watch schedule title:Alien at:\"in 2h\" ready:all", Alice).Next! with
        {
            Rsvps = [new Rsvp(Bob.User, RsvpAnswer.Going, T0), new Rsvp(Dave.User, RsvpAnswer.Going, T0)],
        };
        var held = SessionRules.OnTimer(booked, new SessionTimer(NewId, TimerKind.BeginCountdown, at, at - Minute), null, at - Minute, Defaults).Next!;
        var bob = Decide("/watch ready", Bob, held, now: at).Next!;
        Assert.True(SessionRules.IsHeldForReady(bob));

        var kick = Kick(bob, at + Second);

        // The kick is said first, then the release: GO comes sooner, from that second.
        Assert.Equal(SessionPhase.CountingDown, kick.Next!.Phase);
        Assert.Contains(kick.Next.Kicked, k => k == Dave.User.Key);
        var released = Assert.IsType<ReadyCheckReleased>(Assert.Single(kick.ToChannel, n => n is ReadyCheckReleased));
        Assert.Equal(ReadyRelease.Reached, released.Why);
        Assert.True(kick.ToChannel.ToList().IndexOf(released) > 0);
        Assert.Contains(kick.Arm, t => t.Kind == TimerKind.Go && t.Target == at + Second + held.ReadyCheck!.Countdown);
    }

    [Fact]
    public void Held_StaysHeld_WhenAKickLeavesTheCountUnmet()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:2", Alice).Next!;
        var bob = Decide("/watch ready", Bob, held, now: T0 + Second).Next!;

        var kick = Kick(bob.WithParticipant(Dave.User), T0 + (2 * Second));

        Assert.True(SessionRules.IsHeldForReady(kick.Next!));
        Assert.DoesNotContain(kick.ToChannel, n => n is ReadyCheckReleased);
    }

    [Fact]
    public void Kicked_ReadyIsRefused_AndLocked_OnlyParticipantsGetReady()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:2", Alice).Next!;
        Expect.Refused(Decide("/watch ready", Bob, held with { Kicked = [Bob.User.Key] }));

        var locked = Expect.Refused(Decide("/watch ready", Dave, held with { Locked = true }));

        Assert.Contains("locked", locked.Reason, StringComparison.Ordinal);
        Assert.NotNull(Decide("/watch ready", Alice, held with { Locked = true }).Next);
    }

    [Fact]
    public void Kicked_ReadyPeopleDoNotCount()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:2", Alice).Next!;
        var bob = Decide("/watch ready", Bob, held).Next! with { Kicked = [Bob.User.Key] };

        var alice = Decide("/watch ready", Alice, bob);

        Assert.True(SessionRules.IsHeldForReady(alice.Next!));
    }

    [Fact]
    public void Recover_AHeldStart_RearmsItsDeadline_OrStartsWhenItPassed()
    {
        var held = Decide("/watch start title:\"The Matrix\" ready:2 wait:5m", Alice).Next!;
        var deadline = T0 + (5 * Minute);

        var before = SessionRules.Recover(held, held, T0 + Minute, Defaults);
        var after = SessionRules.Recover(held, held, deadline + Minute, Defaults);

        Assert.Equal(new SessionTimer(NewId, TimerKind.ReadyDeadline, deadline, deadline), Assert.Single(before.Arm));
        Assert.Null(before.Next);
        Assert.Equal(SessionPhase.CountingDown, after.Next!.Phase);
        Assert.Equal(deadline + Minute + Defaults.DefaultCountdown, after.Next.CountdownTarget);
    }

    [Theory]
    [InlineData("/watch start title:X wait:5m", "wait: goes with ready:")]
    [InlineData("/watch start title:X ready:0", "ready: is how many")]
    [InlineData("/watch start title:X ready:lots", "ready: is how many")]
    public void Parse_BadReadyOrWait_SaysWhatToType(string typed, string says)
    {
        var error = Expect.ParseFailure(WatchBot.Core.Grammar.CommandParser.Parse(typed));

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_RepeatingWithReady_IsRefusedPolitely()
    {
        var error = Expect.Invalid(Decide("/watch schedule title:Alien at:\"friday 9pm\" repeat:weekly ready:3", Alice));

        Assert.Contains("single booking", error.Message, StringComparison.Ordinal);
    }
}
