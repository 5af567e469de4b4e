using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Commands;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>
/// A booking holds its channel from its start for its runtime (2 h when unknown); one that would
/// overlap another is refused when it is made, naming the other and a free time.
/// </summary>
public sealed class BookingRulesTests
{
    [Fact]
    public void IssueScript_AlienThenAliensAtTheSameTime_TheSecondIsRefusedNamingTheFirst()
    {
        var alien = Decide("/watch schedule title:Alien at:\"in 65s\"", Alice).Next!;

        var refused = Expect.Refused(Decide("/watch schedule title:Aliens at:\"in 65s\"", Alice, upcoming: [alien]));

        Assert.Contains("\"Alien\"", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("2h", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueScript_TooSoonBeforeAlien_IsRefusedBecauseItsAssumedTwoHoursOverlap()
    {
        var alien = Decide("/watch schedule title:Alien at:\"in 65s\"", Alice).Next!;

        var refused = Expect.Refused(Decide("/watch schedule title:\"Too soon\" at:\"in 30s\"", Alice, upcoming: [alien]));

        Assert.Contains("\"Alien\"", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_SaysWhenTheOtherStarts_RoundedUpToAWholeSecond()
    {
        var alien = Decide("/watch schedule title:Alien at:\"in 65s\"", Alice).Next!;

        var refused = Expect.Refused(Decide("/watch schedule title:Aliens at:\"in 30s\"", Alice, upcoming: [alien], now: T0 + TimeSpan.FromMilliseconds(64_600)));

        Assert.Contains("booked here in 1s for 2h.", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_SuggestsAFreeTime_ThatIsItselfAccepted()
    {
        var alien = Decide("/watch schedule title:Alien at:\"in 65s\"", Alice).Next!;

        var refused = Expect.Refused(Decide("/watch schedule title:\"Too soon\" at:\"in 30s\"", Alice, upcoming: [alien]));

        // Alien holds 20:01:05–22:01:05: the first whole minute after is "in 2h2m".
        Assert.Equal("/watch schedule title:\"Too soon\" at:\"in 2h2m\"", refused.Suggestion);
        Assert.Contains("in 2h2m", refused.Reason, StringComparison.Ordinal);
        var accepted = Decide(refused.Suggestion!, Alice, upcoming: [alien]);
        Assert.Equal(SessionPhase.Scheduled, accepted.Next!.Phase);
    }

    [Fact]
    public void Refusal_SuggestionSkipsGapsTooShortForTheNewSession()
    {
        var first = Decide("/watch schedule title:One at:\"in 1h\" runtime:1h", Alice).Next!;
        var second = Decide("/watch schedule title:Two at:\"in 2h30m\" runtime:1h", Alice, upcoming: [first]).Next! with { Id = LiveId };

        var refused = Expect.Refused(Decide("/watch schedule title:Three at:\"in 1h30m\" runtime:1h", Alice, upcoming: [first, second]));

        // 2h–2h30m is free but too short for an hour: the next free start is when Two ends.
        Assert.Contains("\"One\"", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch schedule title:\"Three\" at:\"in 3h30m\" runtime:1h", refused.Suggestion);
    }

    [Fact]
    public void Booking_RightWhenTheOtherEnds_IsAccepted()
    {
        var first = Decide("/watch schedule title:One at:\"in 1h\" runtime:1h30m", Alice).Next!;

        var decision = Decide("/watch schedule title:Two at:\"in 2h30m\"", Alice, upcoming: [first]);

        Assert.Equal(SessionPhase.Scheduled, decision.Next!.Phase);
    }

    [Fact]
    public void Booking_EndingRightWhenTheOtherStarts_IsAccepted()
    {
        var later = Decide("/watch schedule title:Later at:\"in 3h\"", Alice).Next!;

        var decision = Decide("/watch schedule title:Before at:\"in 1h\"", Alice, upcoming: [later]);

        Assert.NotNull(decision.Next);
    }

    [Fact]
    public void Booking_OverlappingAKnownRuntime_IsRefused_ButAfterItIsAccepted()
    {
        var first = Decide("/watch schedule title:One at:\"in 1h\" runtime:30m", Alice).Next!;

        Expect.Refused(Decide("/watch schedule title:Two at:\"in 1h29m\" runtime:10m", Alice, upcoming: [first]));
        Assert.NotNull(Decide("/watch schedule title:Two at:\"in 1h30m\" runtime:10m", Alice, upcoming: [first]).Next);
    }

    [Fact]
    public void Booking_UsesTheAssumedRuntimeOption()
    {
        var options = new SessionRulesOptions { AssumedRuntime = 30 * Minute };
        var first = Decide("/watch schedule title:One at:\"in 1h\"", Alice, options: options).Next!;

        Assert.NotNull(Decide("/watch schedule title:Two at:\"in 1h30m\"", Alice, upcoming: [first], options: options).Next);
        Expect.Refused(Decide("/watch schedule title:Two at:\"in 1h29m\"", Alice, upcoming: [first], options: options));
    }

    [Fact]
    public void Booking_OverlappingTheLiveBookedSession_IsRefused()
    {
        var booked = Playing(10 * Minute) with { ScheduledFor = T0 - (10 * Minute), Title = "Alien" };

        var refused = Expect.Refused(Decide("/watch schedule title:Next at:\"in 30m\"", Alice, live: booked));

        Assert.Contains("\"Alien\"", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Booking_WhileAnAdHocSessionIsLive_IsAccepted_TheBookingWaitsWhenDue()
    {
        var decision = Decide("/watch schedule title:Alien at:\"in 30m\"", Alice, live: Playing(10 * Minute));

        Assert.Equal(SessionPhase.Scheduled, decision.Next!.Phase);
        Assert.IsType<SessionScheduled>(Assert.Single(decision.ToChannel));
    }

    [Fact]
    public void Booking_InAnotherChannel_IsNotConsidered()
    {
        // The store lists one channel's sessions; the rules see only those. A different channel is
        // a different context, so the same time is free there.
        var context = Context(Alice) with { Channel = new ChannelAddress("test", "guild-1", "channel-2") };

        var decision = SessionRules.Decide(context, new ScheduleCommand("Alien", ScheduleTime.In(Hour), null, null));

        Assert.NotNull(decision.Next);
    }
}
