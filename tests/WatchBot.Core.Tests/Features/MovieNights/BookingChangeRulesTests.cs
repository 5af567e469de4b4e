using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.MovieNights;

/// <summary><c>/watch cancel</c> and <c>/watch reschedule</c>: a booking changed, and everything derived from it with it.</summary>
public sealed class BookingChangeRulesTests
{
    private static readonly SessionId OtherId = new("other0000001");

    [Fact]
    public void Cancel_TheNextBooking_EndsItCancelled_DisarmsIt_AndCancelsItsListing()
    {
        var booked = Scheduled(T0 + Hour);

        var decision = Decide("/watch cancel", Alice, upcoming: [booked, Scheduled(T0 + 5 * Hour, id: OtherId)]);

        var cancelled = decision.Next!;
        Assert.Equal((booked.Id, SessionPhase.Ended, EndReason.Cancelled, 1), (cancelled.Id, cancelled.Phase, cancelled.EndReason, cancelled.Revision));
        Assert.Equal([booked.Id], decision.Disarm);
        Assert.Empty(decision.Arm);
        var view = Assert.IsType<SessionCancelled>(Assert.Single(decision.ToChannel)).ToChannel();
        Assert.Contains("go:" + booked.Id.Value, view.Withdraw);
        Assert.Empty(view.Card!.Actions);
        Assert.Equal(new Listing("session:" + booked.Id.Value, "Alien", T0 + Hour, T0 + 3 * Hour, ListingStatus.Cancelled, 1), view.Listing);
        Assert.Contains(Assert.Single(view.Announcements).Lines[0].Parts, p => p is InstantPart { At: var at } && at == T0 + Hour);
    }

    [Fact]
    public void Cancel_ByTitle_AnyCase_PicksThatBooking()
    {
        var heat = Scheduled(T0 + 5 * Hour, id: OtherId) with { Title = "Heat" };

        var decision = Decide("/watch cancel title:heat", Carol, upcoming: [Scheduled(T0 + Hour), heat]);

        Assert.Equal(OtherId, decision.Next!.Id);
    }

    [Fact]
    public void Cancel_ATitleTwoBookingsShare_ListsBothWithTheirTimes_AndHashNPicksOne()
    {
        var first = Scheduled(T0 + Hour);
        var second = Scheduled(T0 + 26 * Hour, id: OtherId);

        var ambiguous = Decide("/watch cancel title:Alien", Alice, upcoming: [first, second]);
        var picked = Decide("/watch cancel title:\"alien #2\"", Alice, upcoming: [first, second]);

        Assert.Null(ambiguous.Next);
        var reply = Assert.IsType<BookingAmbiguous>(ambiguous.Reply).ToReply();
        var instants = reply.Lines.SelectMany(l => l.Parts).OfType<InstantPart>().Where(p => p.Style == InstantStyle.DateTime).Select(p => p.At);
        Assert.Equal([T0 + Hour, T0 + 26 * Hour], instants);
        Assert.Contains(reply.Lines[^1].Parts, p => p is TextPart { Value: var t } && t.Contains("#2", StringComparison.Ordinal));
        Assert.Equal(OtherId, picked.Next!.Id);
    }

    [Fact]
    public void Cancel_ByAMemberWhoIsNotTheHost_IsRefused_AndAnUnknownTitleNamesTheBookings()
    {
        var refused = Decide("/watch cancel", Bob, upcoming: [Scheduled(T0 + Hour)]);
        var unknown = Decide("/watch cancel title:Heat", Alice, upcoming: [Scheduled(T0 + Hour)]);
        var none = Decide("/watch cancel", Alice);

        Assert.Null(refused.Next);
        Assert.Contains("host", Assert.IsType<Refused>(refused.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("\"Alien\"", Assert.IsType<Refused>(unknown.Reply).Reason, StringComparison.Ordinal);
        Assert.Contains("no booked session", Assert.IsType<Refused>(none.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reschedule_MovesTheBooking_BumpsItsRevision_RearmsItsCountdown_AndRearrangesItsGo()
    {
        var booked = Scheduled(T0 + Hour) with { Revision = 2 };

        var decision = Decide("/watch reschedule at:\"in 3h\"", Alice, upcoming: [booked]);

        var moved = decision.Next!;
        Assert.Equal((T0 + 3 * Hour, 3, SessionPhase.Scheduled), (moved.ScheduledFor, moved.Revision, moved.Phase));
        Assert.Equal([booked.Id], decision.Disarm);
        Assert.Equal(new SessionTimer(booked.Id, TimerKind.BeginCountdown, T0 + 3 * Hour, T0 + 3 * Hour - Options().ScheduledCountdownLead), Assert.Single(decision.Arm));
        var notice = Assert.IsType<SessionRescheduled>(Assert.Single(decision.ToChannel));
        var view = notice.ToChannel();
        Assert.Empty(view.Withdraw);
        Assert.Equal(T0 + 3 * Hour, view.Ahead!.At);
        Assert.Equal("go:" + booked.Id.Value, view.Ahead.Announcement.Key);
        Assert.Equal((T0 + 3 * Hour, ListingStatus.Scheduled, 3), (view.Listing!.Start, view.Listing.Status, view.Listing.Revision));
        Assert.Equal(T0 + Hour, notice.From);
        Assert.Contains("UTC", notice.LocalEcho, StringComparison.Ordinal);
    }

    [Fact]
    public void Reschedule_LaterThanAReminderAlreadySent_SendsItAgainBeforeTheNewStart()
    {
        var booked = Scheduled(T0 + Hour) with { ReminderLeads = [2 * Hour, TimeSpan.FromMinutes(15)], RemindersSent = [2 * Hour] };

        var decision = Decide("/watch reschedule at:\"in 3h\"", Alice, upcoming: [booked]);

        Assert.Empty(decision.Next!.RemindersSent);
        var reminder = Assert.Single(decision.Arm, t => t.Kind == TimerKind.Reminder);
        Assert.Equal((T0 + 3 * Hour, T0 + Hour), (reminder.Target, reminder.DueAt));
    }

    [Fact]
    public void Reschedule_IntoAnotherBooking_IsRefusedLikeABooking_ButNotAgainstItself()
    {
        var booked = Scheduled(T0 + Hour);
        var heat = Scheduled(T0 + 4 * Hour, id: OtherId) with { Title = "Heat" };

        var clash = Decide("/watch reschedule at:\"in 5h\"", Alice, upcoming: [booked, heat]);
        var nearItself = Decide("/watch reschedule at:\"in 90m\"", Alice, upcoming: [booked, heat]);

        Assert.Null(clash.Next);
        var refused = Assert.IsType<Refused>(clash.Reply);
        Assert.Contains("\"Heat\"", refused.Reason, StringComparison.Ordinal);
        Assert.StartsWith("/watch reschedule at:", refused.Suggestion, StringComparison.Ordinal);
        Assert.Equal(T0 + 90 * Minute, nearItself.Next!.ScheduledFor);
    }

    [Fact]
    public void Reschedule_ToSoon_CountsDownAtOnce_AndToThePast_IsRefused()
    {
        var booked = Scheduled(T0 + Hour);

        var soon = Decide("/watch reschedule at:\"in 30s\"", Alice, upcoming: [booked]);
        var past = Decide("/watch reschedule at:\"2026-11-22T19:00:00Z\"", Alice, upcoming: [booked]);

        Assert.Equal(SessionPhase.CountingDown, soon.Next!.Phase);
        var soonView = Assert.IsType<SessionRescheduled>(soon.ToChannel[0]).ToChannel();
        Assert.Equal(T0 + 30 * Second, soonView.Ahead!.At);
        Assert.Equal(T0 + 30 * Second, soon.Next.CountdownTarget);
        Assert.Empty(soonView.Withdraw);
        Assert.Null(past.Next);
        Assert.Contains("already passed", Assert.IsType<Refused>(past.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reschedule_ReadsThePhraseInTheSpaceZone_AndEchoesTheLocalTime()
    {
        var booked = Scheduled(T0 + Hour);
        var context = Context(Alice, upcoming: [booked]) with { Space = new WatchBot.Core.Features.Spaces.SpaceSettings { TimeZone = "Europe/Paris" } };

        var decision = SessionRules.Decide(context, Parsed("/watch reschedule at:\"friday 9pm\""));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), decision.Next!.ScheduledFor);
        Assert.Equal("Europe/Paris", decision.Next.TimeZone);
        Assert.Equal("Fri 27 Nov 2026 21:00 Europe/Paris", Assert.IsType<SessionRescheduled>(decision.ToChannel[0]).LocalEcho);
    }

    [Fact]
    public void Reschedule_AnOccurrence_KeepsItsSeries_AndListsTheSeriesRepeat()
    {
        var club = GivenSeries.FilmClub();
        var occurrence = GivenSeries.BookedOccurrence(club);

        var decision = SessionRules.Decide(GivenSeries.Context(Alice, [club], [occurrence]), Parsed("/watch reschedule at:\"in 144h\""));

        Assert.Equal(occurrence.Occurrence, decision.Next!.Occurrence);
        Assert.Equal("Europe/Paris", decision.Next.TimeZone);
        Assert.Equal(new ListingRepeat(1, DayOfWeek.Friday), decision.ToChannel[0].ToChannel().Listing!.Repeat);
    }
}
