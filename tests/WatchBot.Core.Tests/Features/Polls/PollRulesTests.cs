using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Polls.Rules;
using WatchBot.Core.Features.Polls.Views;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Features.Polls.PollTests;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.Polls;

/// <summary>The movie poll's rules: opening, one nomination each, changeable votes, closing once, the winner as title.</summary>
public sealed class PollRulesTests
{
    [Fact]
    public void Open_ForTheNextBooking_ClosesAnHourBeforeItsStart_ArmsTheTimer_AndPostsTheCard()
    {
        var booking = Booking();

        var decision = Run("/watch poll", Alice, booking);

        var poll = Saved(decision);
        Assert.Equal((booking.Id, T0 + 2 * Hour, true), (poll.Session, poll.ClosesAt, poll.IsOpen));
        Assert.Same(booking, decision.Next);
        Assert.Equal(new SessionTimer(booking.Id, TimerKind.PollClose, T0 + 2 * Hour, T0 + 2 * Hour), Assert.Single(decision.Arm));
        var view = Assert.IsType<PollOpened>(Assert.Single(decision.ToChannel)).ToChannel();
        Assert.Equal(PollCard.Key(poll.Id), view.Card!.Key);
        Assert.Contains(view.Card.Lines[0].Parts, p => p is InstantPart { At: var at } && at == T0 + 2 * Hour);
    }

    [Fact]
    public void Open_WithClosesTyped_UsesIt_AndRefusesOneAfterTheStart()
    {
        var booking = Booking();

        var early = Saved(Run("/watch poll open closes:\"in 30m\"", Carol, booking));
        var late = Run("/watch poll open closes:\"in 4h\"", Alice, booking);

        Assert.Equal(T0 + 30 * Minute, early.ClosesAt);
        Assert.Empty(late.Changes);
        Assert.Contains("by its start", Assert.IsType<Refused>(late.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithinTheLastHour_ClosesAsTheCountdownBegins()
    {
        var booking = Scheduled(T0 + 30 * Minute);

        var poll = Saved(Run("/watch poll", Alice, booking));

        Assert.Equal(T0 + 30 * Minute - Options().ScheduledCountdownLead, poll.ClosesAt);
    }

    [Fact]
    public void Open_ByAMember_WithNoBooking_OrTwice_IsRefused()
    {
        var booking = Booking();
        var open = Saved(Run("/watch poll", Alice, booking));

        var member = Run("/watch poll", Bob, booking);
        var twice = Run("/watch poll", Alice, booking, open);
        var none = ChannelRulesDecide("/watch poll", Alice);

        Assert.Contains("host", Assert.IsType<Refused>(member.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("already open", Assert.IsType<Refused>(twice.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("none is booked", Assert.IsType<Refused>(none.Reply).Reason, StringComparison.Ordinal);
        Assert.All(new[] { member, twice, none }, d => Assert.Empty(d.Changes));
    }

    [Fact]
    public void Nominate_IsOnePerPerson_ASecondReplacesTheFirst_AndFreesItsVotes()
    {
        var booking = Booking();

        var poll = After(booking, (Bob, "/watch nominate title:Heat"), (Dave, "/watch vote n:1"), (Bob, "/watch poll nominate title:\"Blade Runner\""));

        var only = Assert.Single(poll.Nominations);
        Assert.Equal((2, "Blade Runner", Bob.User), (only.Number, only.Title, only.By));
        Assert.Empty(poll.Votes);
    }

    [Fact]
    public void Nominate_ATitleAlreadyPutForward_IsRefused_PointingAtItsNumber()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"));

        var again = Run("/watch nominate title:heat", Dave, booking, poll);

        var refused = Assert.IsType<Refused>(again.Reply);
        Assert.Contains("number 1", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch vote n:1", refused.Suggestion);
    }

    [Fact]
    public void Vote_IsOnePerPerson_AndChangeableUntilTheClose()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"), (Dave, "/watch nominate title:Alien"), (Erin, "/watch vote n:1"));

        var changed = Run("/watch vote n:2", Erin, booking, poll);
        var after = Saved(changed);
        var same = Run("/watch vote n:2", Erin, booking, after);

        Assert.Equal((0, 1), (after.VotesFor(1), after.VotesFor(2)));
        Assert.True(Assert.IsType<VoteNoted>(changed.Reply).Changed);
        Assert.True(Assert.IsType<VoteNoted>(same.Reply).Unchanged);
        Assert.Empty(same.Changes);
        Assert.IsType<PollChanged>(Assert.Single(changed.ToChannel));
    }

    [Fact]
    public void Vote_ForANumberNotInThePoll_IsRefused_ListingTheNumbers()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"));

        var decision = Run("/watch vote n:7", Erin, booking, poll);

        Assert.Contains("Numbers: 1", Assert.IsType<Refused>(decision.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_ByTheHost_DropsTheNominationAndItsVotes_KeepingTheOtherNumbers_AndAMemberCannot()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"), (Dave, "/watch nominate title:Alien"), (Erin, "/watch vote n:1"));

        var member = Run("/watch poll remove n:1", Bob, booking, poll);
        var removed = Saved(Run("/watch poll remove 1", Alice, booking, poll));

        Assert.Contains("host", Assert.IsType<Refused>(member.Reply).Reason, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(removed.Nominations).Number);
        Assert.Empty(removed.Votes);
    }

    [Fact]
    public void Close_ATie_GoesToTheEarliestNomination_WhichBecomesTheTitle()
    {
        var booking = Booking();
        var poll = After(
            booking,
            (Bob, "/watch nominate title:Heat"),
            (Dave, "/watch nominate title:Ronin"),
            (Erin, "/watch vote n:2"),
            (Bob, "/watch vote n:1"));

        var decision = Run("/watch poll close", Alice, booking, poll);

        var closed = Saved(decision);
        Assert.Equal(("Heat", false), (closed.Winner, closed.IsOpen));
        Assert.Equal(("Heat", booking.Revision + 1), (decision.Next!.Title, decision.Next.Revision));
        var titled = Assert.IsType<TitleFromPoll>(decision.ToChannel[1]).ToChannel();
        Assert.Equal("Heat", titled.Listing!.Title);
        Assert.Equal("session:" + booking.Id.Value, titled.Card!.Key);
        Assert.Equal("Heat", Assert.IsType<PollClosed>(decision.ToChannel[0]).Winner!.Title);
    }

    [Fact]
    public void Close_MostVotesWins_AndWithNoVotesTheTitleStays()
    {
        var booking = Booking();
        var voted = After(booking, (Bob, "/watch nominate title:Heat"), (Dave, "/watch nominate title:Ronin"), (Erin, "/watch vote n:2"));
        var silent = After(booking, (Bob, "/watch nominate title:Heat"));

        Assert.Equal("Ronin", Run("/watch poll close", Carol, booking, voted).Next!.Title);
        var quiet = Run("/watch poll close", Alice, booking, silent);
        Assert.Equal("Alien", quiet.Next!.Title);
        Assert.Null(Saved(quiet).Winner);
        Assert.IsType<PollClosed>(Assert.Single(quiet.ToChannel));
    }

    [Fact]
    public void Close_HappensOnce_TheTimerAfterTheHost_ATimerFiringTwice_OrForAnotherInstant_DoNothing()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"), (Erin, "/watch vote n:1"));
        var timer = new SessionTimer(booking.Id, TimerKind.PollClose, poll.ClosesAt, poll.ClosesAt);

        var byTimer = PollRules.OnTimer(booking, poll, timer, poll.ClosesAt);
        var closed = Saved(byTimer);
        var secondFiring = PollRules.OnTimer(booking, closed, timer, poll.ClosesAt);
        var stale = PollRules.OnTimer(booking, poll, timer with { Target = poll.ClosesAt - Minute }, poll.ClosesAt);
        var hostAfter = Run("/watch poll close", Alice, booking, closed);

        Assert.Equal("Heat", byTimer.Next!.Title);
        Assert.Equal(poll.ClosesAt, closed.ClosedAt);
        Assert.Same(Decision.Nothing, secondFiring);
        Assert.Same(Decision.Nothing, stale);
        Assert.Empty(hostAfter.Changes);
        Assert.Contains("no open movie poll", Assert.IsType<Refused>(hostAfter.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TakingPart_KickedPeople_AreRefused_ALockedBookingHearsOnlyParticipants_AndTheSpaceDecidesWhoVotes()
    {
        var booking = Booking();
        var poll = After(booking, (Bob, "/watch nominate title:Heat"));
        var hostsOnly = SpaceSettings.None with { Permissions = SpaceSettings.None.Permissions.Add(SpaceAction.Vote, Audience.HostAndModerators) };

        var kicked = Run("/watch vote n:1", Erin, booking with { Kicked = [Erin.User.Key] }, poll);
        var locked = Run("/watch nominate title:Ronin", Erin, booking with { Locked = true }, poll);
        var lockedHost = Run("/watch vote n:1", Alice, booking with { Locked = true }, poll);
        var space = Run("/watch vote n:1", Erin, booking, poll, space: hostsOnly);
        var spaceHost = Run("/watch vote n:1", Alice, booking, poll, space: hostsOnly);

        Assert.Contains("removed you", Assert.IsType<Refused>(kicked.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("locked", Assert.IsType<Refused>(locked.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("/watch settings", Assert.IsType<Refused>(space.Reply).Reason, StringComparison.Ordinal);
        Assert.Equal(1, Saved(lockedHost).VotesFor(1));
        Assert.Equal(1, Saved(spaceHost).VotesFor(1));
    }

    [Fact]
    public void Nominate_TheTwentySixthTitle_IsRefused()
    {
        var booking = Booking();
        var poll = Saved(Run("/watch poll", Alice, booking));
        for (var i = 0; i < PollRules.MaxNominations; i++)
        {
            var person = new Actor(new UserRef("test", $"u-{i}", $"p{i}"), IsModerator: false);
            poll = Saved(Run($"/watch nominate title:\"Film {i}\"", person, booking, poll));
        }

        var refused = Run("/watch nominate title:\"One more\"", Bob, booking, poll);

        Assert.Contains("25 titles", Assert.IsType<Refused>(refused.Reply).Reason, StringComparison.Ordinal);
    }

    private static Decision ChannelRulesDecide(string typed, Actor actor) => WatchBot.Core.Features.ChannelRules.Decide(Context(actor), Parsed(typed));
}
