using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Features.Sessions.Views;
using WatchBot.Core.Kernel;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Rules;

/// <summary>Going, maybe and not going; seats, the waiting list and its promotion order; who may list attendees.</summary>
public sealed class RsvpRulesTests
{
    private static readonly Actor Dave = new(new UserRef("test", "u-dave", "dave"), IsModerator: false);
    private static readonly Actor Erin = new(new UserRef("test", "u-erin", "erin"), IsModerator: false);

    private static WatchSession Booking(int? seats = null) => Scheduled(T0 + (2 * Hour)) with { Seats = seats };

    [Fact]
    public void Going_WithSeatsLeft_GivesASeat_AndRedrawsTheCard()
    {
        var decision = Decide("/watch rsvp going", Bob, upcoming: [Booking(seats: 2)]);

        var next = decision.Next!;
        Assert.Equal([new Rsvp(Bob.User, RsvpAnswer.Going, T0)], next.Rsvps);
        var changed = Assert.IsType<RsvpChanged>(Assert.Single(decision.ToChannel));
        Assert.Empty(changed.Promoted);
        Assert.NotNull(changed.ToChannel().Card);
        var noted = Assert.IsType<RsvpNoted>(decision.Reply);
        Assert.Equal(1, RsvpSeating.Of(noted.Session).SeatOf(Bob.User.Key));
    }

    [Fact]
    public void Going_WhenFull_PutsThemOnTheWaitingList_InOrderOfAnswering()
    {
        var booking = Booking(seats: 1);
        booking = Answer(booking, Alice, "going", T0);
        booking = Answer(booking, Bob, "going", T0 + Minute);
        booking = Answer(booking, Dave, "going", T0 + (2 * Minute));

        var seating = RsvpSeating.Of(booking);
        Assert.Equal([Alice.User], seating.Seated.Select(r => r.User));
        Assert.Equal([Bob.User, Dave.User], seating.Waiting.Select(r => r.User));
        Assert.Equal(2, seating.WaitingPlaceOf(Dave.User.Key));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("no")]
    public void ASeatedPersonDropping_PromotesTheFirstWaiting_AndTellsTheChannel(string answer)
    {
        var booking = Booking(seats: 1);
        booking = Answer(booking, Alice, "going", T0);
        booking = Answer(booking, Bob, "going", T0 + Minute);
        booking = Answer(booking, Dave, "going", T0 + (2 * Minute));

        var decision = Decide($"/watch rsvp {answer}", Alice, upcoming: [booking], now: T0 + (3 * Minute));

        var changed = Assert.IsType<RsvpChanged>(Assert.Single(decision.ToChannel));
        Assert.Equal([Bob.User], changed.Promoted);
        var said = Assert.Single(changed.ToChannel().Announcements);
        Assert.Contains("bob got a seat", Views.PlainText.Of(said.Lines), StringComparison.Ordinal);
        var seating = RsvpSeating.Of(decision.Next!);
        Assert.Equal([Bob.User], seating.Seated.Select(r => r.User));
        Assert.Equal([Dave.User], seating.Waiting.Select(r => r.User));
    }

    [Fact]
    public void AWaitingPersonDropping_PromotesNobody()
    {
        var booking = Answer(Answer(Answer(Booking(seats: 1), Alice, "going", T0), Bob, "going", T0 + Minute), Dave, "going", T0 + (2 * Minute));

        var decision = Decide("/watch rsvp no", Bob, upcoming: [booking], now: T0 + (3 * Minute));

        Assert.Empty(Assert.IsType<RsvpChanged>(Assert.Single(decision.ToChannel)).Promoted);
        Assert.Equal([Dave.User], RsvpSeating.Of(decision.Next!).Waiting.Select(r => r.User));
    }

    [Fact]
    public void GoingAgainAfterMaybe_GoesToTheBackOfTheQueue_AndKeepsOneAnswerPerPerson()
    {
        var booking = Answer(Answer(Booking(seats: 1), Alice, "going", T0), Bob, "going", T0 + Minute);
        booking = Answer(booking, Alice, "maybe", T0 + (2 * Minute));
        booking = Answer(booking, Alice, "going", T0 + (3 * Minute));

        Assert.Equal(2, booking.Rsvps.Count);
        Assert.Equal(Alice.User, booking.Rsvps[0].User);
        var seating = RsvpSeating.Of(booking);
        Assert.Equal([Bob.User], seating.Seated.Select(r => r.User));
        Assert.Equal([Alice.User], seating.Waiting.Select(r => r.User));
    }

    [Fact]
    public void TheSameAnswerAgain_ChangesNothing_AndSaysSo()
    {
        var booking = Answer(Booking(), Bob, "maybe", T0);

        var decision = Decide("/watch rsvp maybe", Bob, upcoming: [booking], now: T0 + Minute);

        Assert.Null(decision.Next);
        Assert.True(Assert.IsType<RsvpNoted>(decision.Reply).Unchanged);
    }

    [Fact]
    public void Title_PicksThatBooking_AndAPressedCardPicksItsOwn()
    {
        var first = Booking();
        var second = Scheduled(T0 + (5 * Hour), id: new SessionId("second000001")) with { Title = "Heat" };

        var byTitle = Decide("/watch rsvp going title:heat", Bob, upcoming: [first, second]);
        var pressed = SessionRules.Decide(Context(Bob, upcoming: [first, second]), Parsed("/watch rsvp maybe") with { Session = second.Id });
        var byDefault = Decide("/watch rsvp going", Bob, upcoming: [first, second]);

        Assert.Equal(second.Id, byTitle.Next!.Id);
        Assert.Equal(second.Id, pressed.Next!.Id);
        Assert.Equal(first.Id, byDefault.Next!.Id);
    }

    [Fact]
    public void NothingBooked_OrAnUnknownTitle_IsRefusedPolitely()
    {
        var none = Decide("/watch rsvp going", Bob);
        var unknown = Decide("/watch rsvp going title:Nope", Bob, upcoming: [Booking()]);

        Assert.Contains("Nothing is booked", Assert.IsType<Refused>(none.Reply).Reason, StringComparison.Ordinal);
        var refused = Assert.IsType<Refused>(unknown.Reply);
        Assert.Contains("\"Alien\"", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("/watch rsvp going title:\"Alien\"", refused.Suggestion);
    }

    [Fact]
    public void AStartedBooking_TakesNoAnswers()
    {
        var live = CountingDown(T0 + Minute) with { ScheduledFor = T0 + Minute };

        var decision = SessionRules.Decide(Context(Bob, live: live), Parsed("/watch rsvp going") with { Session = live.Id });

        Assert.Null(decision.Next);
        Assert.IsType<Refused>(decision.Reply);
    }

    [Fact]
    public void Attendees_AreListedPrivately_ToTheHostAndModerators_Only()
    {
        var booking = Answer(Answer(Answer(Booking(seats: 1), Bob, "going", T0), Dave, "going", T0 + Minute), Erin, "maybe", T0 + Minute);

        var host = Decide("/watch attendees", Alice, upcoming: [booking]);
        var moderator = Decide("/watch attendees", Carol, upcoming: [booking]);
        var member = Decide("/watch attendees", Bob, upcoming: [booking]);

        Assert.Empty(host.ToChannel);
        var text = Views.PlainText.Of(Assert.IsType<AttendeesListed>(host.Reply).ToReply().Lines);
        Assert.Contains("Going (1/1): 1. bob", text, StringComparison.Ordinal);
        Assert.Contains("Waiting (1): 1. dave", text, StringComparison.Ordinal);
        Assert.Contains("Maybe (1): erin", text, StringComparison.Ordinal);
        Assert.IsType<AttendeesListed>(moderator.Reply);
        Assert.IsType<Refused>(member.Reply);
        Assert.Empty(member.ToChannel);
    }

    [Fact]
    public void TheCard_ShowsTheCounts_AndOffersTheThreeAnswers()
    {
        var booking = Answer(Answer(Answer(Booking(seats: 1), Bob, "going", T0), Dave, "going", T0 + Minute), Erin, "maybe", T0 + Minute);

        var card = SessionCard.Of(booking);

        Assert.EndsWith("going 1/1 · 1 waiting · 1 maybe", Views.PlainText.Of(card.Lines[1]), StringComparison.Ordinal);
        Assert.Equal(["Going", "Maybe", "Can't"], card.Actions[1].Select(a => a.Label));
        Assert.Equal($"watch:rsvp:going:{booking.Id}", card.Actions[1][0].Id);
    }

    private static WatchSession Answer(WatchSession booking, Actor who, string answer, DateTimeOffset now) =>
        Decide($"/watch rsvp {answer}", who, upcoming: [booking], now: now).Next ?? booking;
}
