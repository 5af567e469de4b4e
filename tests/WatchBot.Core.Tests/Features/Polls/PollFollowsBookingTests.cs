using WatchBot.Core.Features;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Polls.Rules;
using WatchBot.Core.Features.Polls.Views;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Features.Polls.PollTests;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>
/// The poll's leftovers: <c>/watch poll</c> with no session picks the next booking still ahead, and a
/// rescheduled booking takes its open poll along (closing time, card, closing timer).
/// </summary>
public sealed class PollFollowsBookingTests
{
    private static readonly SessionId LaterId = new("later0000001");

    [Fact]
    public void Open_WithNoSession_SkipsABookingWhoseStartHasPassed()
    {
        var waiting = Scheduled(T0 - 10 * Minute);
        var later = Scheduled(T0 + 3 * Hour, id: LaterId) with { Title = "Heat night" };

        var decision = ChannelRules.Decide(Context(Alice, upcoming: [waiting, later]), Parsed("/watch poll"));

        var poll = Saved(decision);
        Assert.Equal((LaterId, T0 + 2 * Hour), (poll.Session, poll.ClosesAt));
    }

    [Fact]
    public void Open_WithNoSession_WhenEveryBookingHasStarted_SaysSoPolitely()
    {
        var decision = ChannelRules.Decide(Context(Alice, upcoming: [Scheduled(T0 - 10 * Minute)]), Parsed("/watch poll open"));

        Assert.Empty(decision.Changes);
        var refused = Assert.IsType<Refused>(decision.Reply);
        Assert.Contains("reached its start", refused.Reason, StringComparison.Ordinal);
        Assert.StartsWith("/watch schedule", refused.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Reschedule_MovesADefaultClosingTime_RedrawsTheCard_AndArmsTheTimerAgain()
    {
        var booking = Booking();
        var poll = Saved(Run("/watch poll", Alice, booking));

        var decision = Run("/watch booking reschedule at:\"in 5h\"", Alice, booking, poll);

        var moved = Saved(decision);
        Assert.Equal((poll.Id, T0 + 4 * Hour, poll.Version), (moved.Id, moved.ClosesAt, moved.Version - 1));
        Assert.Contains(booking.Id, decision.Disarm);
        Assert.Contains(new SessionTimer(booking.Id, TimerKind.PollClose, T0 + 4 * Hour, T0 + 4 * Hour), decision.Arm);
        Assert.Single(decision.ToChannel.OfType<SessionRescheduled>());
        var card = Assert.Single(decision.ToChannel.OfType<PollChanged>()).ToChannel().Card!;
        Assert.Equal(PollCard.Key(poll.Id), card.Key);
        Assert.Contains(card.Lines[0].Parts, p => p is InstantPart { At: var at } && at == T0 + 4 * Hour);
        Assert.Contains(card.Lines[0].Parts, p => p is InstantPart { At: var at } && at == T0 + 5 * Hour);
    }

    [Fact]
    public void Reschedule_KeepsATypedClosingTime_ButArmsItsTimerAgain()
    {
        var booking = Booking();
        var poll = Saved(Run("/watch poll open closes:\"in 30m\"", Alice, booking));

        var decision = Run("/watch reschedule at:\"in 5h\"", Alice, booking, poll);

        Assert.Equal(T0 + 30 * Minute, Saved(decision).ClosesAt);
        Assert.Contains(new SessionTimer(booking.Id, TimerKind.PollClose, T0 + 30 * Minute, T0 + 30 * Minute), decision.Arm);
    }

    [Fact]
    public void Reschedule_BeforeATypedClosingTime_ClosesAtTheNewStartsDefault()
    {
        var booking = Booking();
        var poll = Saved(Run("/watch poll open closes:\"in 2h30m\"", Alice, booking));

        var decision = Run("/watch reschedule at:\"in 2h\"", Alice, booking, poll);

        Assert.Equal(T0 + Hour, Saved(decision).ClosesAt);
        Assert.Contains(new SessionTimer(booking.Id, TimerKind.PollClose, T0 + Hour, T0 + Hour), decision.Arm);
    }

    [Fact]
    public void ClosingAfterMove_WithinTheLastHour_ClosesAsTheCountdownBegins_OrAtTheStart()
    {
        var booking = Booking();
        var poll = WithTwoTitles(booking, T0);
        var lead = Options().ScheduledCountdownLead;

        Assert.Equal(T0 + 30 * Minute - lead, PollRules.ClosingAfterMove(poll, T0 + 3 * Hour, T0 + 30 * Minute, T0, lead));
        Assert.Equal(T0 + 30 * Second, PollRules.ClosingAfterMove(poll, T0 + 3 * Hour, T0 + 30 * Second, T0, lead));
    }

    [Fact]
    public void Reschedule_OfAnotherBooking_LeavesThePollAlone()
    {
        var booking = Booking();
        var other = Scheduled(T0 + 6 * Hour, id: LaterId) with { Title = "Heat night" };
        var poll = Saved(Run("/watch poll", Alice, booking));
        var context = Context(Alice, upcoming: [booking, other]) with { Polls = [poll] };

        var decision = ChannelRules.Decide(context, Parsed("/watch reschedule title:\"Heat night\" at:\"in 8h\""));

        Assert.Equal(other.Id, decision.Next!.Id);
        Assert.Empty(decision.Changes);
        Assert.DoesNotContain(decision.Arm, t => t.Kind == TimerKind.PollClose);
    }
}
