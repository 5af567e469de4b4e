using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.MovieNights.Commands;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.Rules;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using static WatchBot.Core.Tests.Features.MovieNights.GivenSeries;
using static WatchBot.Core.Tests.Given;

namespace WatchBot.Core.Tests.Features.MovieNights;

/// <summary>Repeating movie nights: set up, next occurrence always booked, skip, end, list, rename one evening.</summary>
public sealed class SeriesRulesTests
{
    private const string SetUp = "/watch schedule title:\"Friday Film Club\" at:\"2026-11-27T21:00:00+01:00\" repeat:weekly";

    private static Decision Run(string typed, Actor actor, IReadOnlyList<MovieSeries> series, IReadOnlyList<WatchSession>? upcoming = null, WatchSession? live = null, DateTimeOffset? now = null) =>
        SessionRules.Decide(Context(actor, series, upcoming, live, now), Parsed(typed));

    private static Decision Ensure(IReadOnlyList<MovieSeries> series, IReadOnlyList<WatchSession>? upcoming = null, WatchSession? live = null, DateTimeOffset? now = null) =>
        SessionRules.Decide(Context(Alice, series, upcoming, live, now), new EnsureNextOccurrenceCommand(FilmClubId));

    [Fact]
    public void ScheduleWithRepeat_SetsUpTheSeriesInTheSpaceZone_AndBooksItsFirstOccurrence()
    {
        var decision = Run(SetUp + " until:2027-06-30 runtime:2h", Alice, []);

        var series = Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series;
        Assert.Equal(0, series.Version);
        Assert.Equal(("Friday Film Club", "Europe/Paris", new TimeOnly(21, 0), new DateOnly(2026, 11, 27)), (series.Title, series.TimeZone, series.LocalTime, series.FirstDate));
        Assert.Equal((new Recurrence(RecurrenceKind.Weekly), new DateOnly(2027, 6, 30), new DateOnly(2026, 11, 27)), (series.Repeat, series.Until, series.LastBooked));
        var first = decision.Next!;
        Assert.Equal(new SeriesOccurrence(series.Id, new DateOnly(2026, 11, 27)), first.Occurrence);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), first.ScheduledFor);
        Assert.Equal(TimeSpan.FromHours(2), first.Clock.Runtime);
        Assert.Contains(decision.Arm, t => t.Kind == TimerKind.BeginCountdown);
        var view = Assert.IsType<OccurrenceBooked>(Assert.Single(decision.ToChannel)).ToChannel();
        Assert.Contains(view.Announcements[0].Lines[0].Parts, p => p is TextPart { Value: var t } && t.Contains("every Friday at 21:00 Europe/Paris", StringComparison.Ordinal));
        Assert.Null(view.Listing!.Repeat);
        Assert.Equal(first.ScheduledFor, view.Ahead!.At);
    }

    [Fact]
    public void ScheduleWithRepeat_GivesEveryOccurrenceItsSeatsAndReminders_AndArmsTheFirstReminder()
    {
        var decision = Run(SetUp + " seats:6 reminders:\"2h,10m\"", Alice, []);

        var series = Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series;
        Assert.Equal(6, series.Seats);
        Assert.Equal([TimeSpan.FromHours(2), TimeSpan.FromMinutes(10)], series.ReminderLeads);
        var first = decision.Next!;
        Assert.Equal((6, series.ReminderLeads), (first.Seats, first.ReminderLeads));
        var reminder = Assert.Single(decision.Arm, t => t.Kind == TimerKind.Reminder);
        Assert.Equal(first.ScheduledFor!.Value - TimeSpan.FromHours(2), reminder.DueAt);

        var next = SessionRules.Decide(
            Context(Alice, [series with { Version = 1 }], [], first with { Phase = SessionPhase.Playing }),
            new EnsureNextOccurrenceCommand(series.Id));
        Assert.Equal((6, series.ReminderLeads), (next.Next!.Seats, next.Next.ReminderLeads));
        Assert.Contains(next.Arm, t => t.Kind == TimerKind.Reminder && t.SessionId == next.Next.Id);
    }

    [Fact]
    public void ScheduleWithRepeat_RemindersOff_BooksOccurrencesWithoutReminders()
    {
        var decision = Run(SetUp + " reminders:off", Alice, []);

        Assert.Empty(Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series.ReminderLeads);
        Assert.Empty(decision.Next!.ReminderLeads);
        Assert.DoesNotContain(decision.Arm, t => t.Kind == TimerKind.Reminder);
    }

    [Fact]
    public void ScheduleWithRepeat_ReadsFriday2100InTheSpaceZone_AsTheIssueTypesIt()
    {
        var decision = Run("/watch schedule title:\"Friday Film Club\" at:\"friday 21:00\" repeat:weekly", Alice, []);

        var series = Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series;
        Assert.Equal((new DateOnly(2026, 11, 27), new TimeOnly(21, 0), "Europe/Paris"), (series.FirstDate, series.LocalTime, series.TimeZone));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), decision.Next!.ScheduledFor);
    }

    [Theory]
    [InlineData("repeat:\"every 2 weeks\"", RecurrenceKind.Weekly, 2)]
    [InlineData("repeat:biweekly", RecurrenceKind.Weekly, 2)]
    [InlineData("repeat:monthly", RecurrenceKind.MonthlyByWeekday, 1)]
    public void ScheduleWithRepeat_ReadsEachRule(string repeat, RecurrenceKind kind, int interval)
    {
        var decision = Run(SetUp.Replace("repeat:weekly", repeat, StringComparison.Ordinal), Alice, []);

        Assert.Equal(new Recurrence(kind, interval), Assert.IsType<SeriesChange>(decision.Changes[0]).Series.Repeat);
    }

    [Fact]
    public void ScheduleWithRepeat_OverlappingABooking_OrUntilBeforeTheStart_IsRefused()
    {
        var clash = Run(SetUp, Alice, [], [Scheduled(new DateTimeOffset(2026, 11, 27, 19, 0, 0, TimeSpan.Zero))]);
        var early = Run(SetUp + " until:2026-11-01", Alice, []);

        Assert.Null(clash.Next);
        Assert.IsType<Refused>(clash.Reply);
        Assert.Null(early.Next);
        Assert.Contains("until:", Assert.IsType<Refused>(early.Reply).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureNext_BooksTheFollowingOccurrence_WithTheSeriesTitle_AndMovesLastBooked()
    {
        var club = FilmClub();
        var started = BookedOccurrence(club) with { Title = "Renamed evening", Phase = SessionPhase.Playing };

        var decision = Ensure([club], live: started, now: new DateTimeOffset(2026, 11, 27, 20, 1, 0, TimeSpan.Zero));

        var next = decision.Next!;
        Assert.Equal(("Friday Film Club", new SeriesOccurrence(FilmClubId, new DateOnly(2026, 12, 4))), (next.Title, next.Occurrence));
        Assert.Equal(0, next.Version);
        var change = Assert.IsType<SeriesChange>(Assert.Single(decision.Changes));
        Assert.Equal((new DateOnly(2026, 12, 4), 1L), (change.Series.LastBooked, change.ExpectedVersion));
        Assert.Null(Assert.IsType<OccurrenceBooked>(Assert.Single(decision.ToChannel)).By);
    }

    [Fact]
    public void EnsureNext_WhenTheNextIsBooked_OrTheSeriesIsOver_DoesNothing()
    {
        var club = FilmClub();

        Assert.Same(Decision.Nothing, Ensure([club], [BookedOccurrence(club)]));
        Assert.Same(Decision.Nothing, Ensure([club with { Until = new DateOnly(2026, 11, 30) }]));
        Assert.Same(Decision.Nothing, Ensure([]));
    }

    [Fact]
    public void Skip_CancelsTheBookedOccurrence_AndRemembersItsDate()
    {
        var club = FilmClub();
        var occurrence = BookedOccurrence(club);

        var decision = Run("/watch skip", Carol, [club], [occurrence]);

        Assert.Equal((SessionPhase.Ended, EndReason.Cancelled), (decision.Next!.Phase, decision.Next.EndReason));
        var skipping = Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series;
        Assert.Equal([new DateOnly(2026, 11, 27)], skipping.Skipped);
        Assert.Equal([occurrence.Id], decision.Disarm);
        var view = Assert.IsType<OccurrenceSkipped>(Assert.Single(decision.ToChannel)).ToChannel();
        Assert.Equal(ListingStatus.Cancelled, view.Listing!.Status);

        // What is booked next is the week after: the skipped date is never booked again.
        Assert.Equal(new DateOnly(2026, 12, 4), SeriesCalendar.NextOccurrence(skipping, null, T0)!.Value.Date);
    }

    [Fact]
    public void Skip_ByAMember_IsRefused_AndWithTwoSeries_AsksWhich()
    {
        var club = FilmClub();
        var other = club with { Id = new SeriesId("series000002"), Title = "Anime Sunday" };

        var member = Run("/watch skip", Bob, [club], [BookedOccurrence(club)]);
        var which = Run("/watch skip", Alice, [club, other], [BookedOccurrence(club)]);
        var named = Run("/watch skip title:\"friday film club\"", Alice, [club, other], [BookedOccurrence(club)]);

        Assert.IsType<Refused>(member.Reply);
        Assert.Contains("\"Anime Sunday\"", Assert.IsType<Refused>(which.Reply).Reason, StringComparison.Ordinal);
        Assert.Equal(FilmClubId, Assert.IsType<SeriesChange>(named.Changes[0]).Series.Id);
    }

    [Fact]
    public void SeriesEnd_EndsTheSeries_AndCancelsItsBookedOccurrence()
    {
        var club = FilmClub();

        var decision = Run("/watch series end", Alice, [club], [BookedOccurrence(club)]);

        Assert.Equal(T0, Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series.EndedAt);
        Assert.Equal(EndReason.Cancelled, decision.Next!.EndReason);
        var view = Assert.IsType<SeriesEnded>(Assert.Single(decision.ToChannel)).ToChannel();
        Assert.Equal(ListingStatus.Cancelled, view.Listing!.Status);
    }

    [Fact]
    public void SeriesEnd_WhileItsOccurrencePlays_LetsItPlay()
    {
        var club = FilmClub();
        var playing = BookedOccurrence(club) with { Phase = SessionPhase.Playing };

        var decision = Run("/watch series end", Alice, [club], live: playing);

        Assert.Same(playing, decision.Next);
        Assert.NotNull(Assert.IsType<SeriesChange>(Assert.Single(decision.Changes)).Series.EndedAt);
    }

    [Fact]
    public void Series_ListsEachWithItsRuleAndNextOccurrence_ToTheSenderOnly()
    {
        var club = FilmClub(interval: 2);

        var decision = Run("/watch series", Bob, [club], [BookedOccurrence(club)]);

        Assert.Empty(decision.ToChannel);
        var lines = Assert.IsType<SeriesListed>(decision.Reply).ToReply().Lines;
        Assert.Contains(lines[1].Parts, p => p is TextPart { Value: var t } && t.Contains("every 2 weeks on Friday at 21:00 Europe/Paris", StringComparison.Ordinal));
        Assert.Contains(lines[1].Parts, p => p is InstantPart { At: var at } && at == BookedOccurrence(club).ScheduledFor);
    }

    [Fact]
    public void Rename_RenamesTheBookedOccurrenceOnly_NeverTheSeries()
    {
        var club = FilmClub();

        var decision = Run("/watch rename title:\"Alien night\"", Alice, [club], [BookedOccurrence(club)]);

        Assert.Equal("Alien night", decision.Next!.Title);
        Assert.Empty(decision.Changes);
    }
}
