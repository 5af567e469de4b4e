using System.Collections.Immutable;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Calendar;
using WatchBot.Core.Features.LateJoin;
using WatchBot.Core.Features.Moderation;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Features.Moderation.Bans;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Privacy;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Features.Sessions.ReadyChecks;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Grammar;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;

namespace WatchBot.Core.Tests.Notices;

/// <summary>
/// One or more of every notice, with text people typed (title, names, notes, reasons, examples, ids)
/// set to markers, so a test can see where that text ends up in the views.
/// </summary>
internal static class NoticeSamples
{
    public const string Title = "TITLE-MARK";
    public const string Name = "NAME-MARK";
    public const string Typed = "TYPED-MARK";

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    /// <summary>A poll on <paramref name="booked"/> with two titles (typed text as markers) and a vote, open and closed.</summary>
    private static IEnumerable<Notice> PollSamples(WatchSession booked, UserRef by)
    {
        var first = new Nomination(1, Title, by, Now);
        var second = new Nomination(2, Typed, new UserRef("test", "U2", Name), Now.AddMinutes(1));
        var poll = new MoviePoll
        {
            Id = new PollId("poll00000001"),
            Session = booked.Id,
            Channel = booked.Channel,
            OpenedBy = by,
            OpenedAt = Now,
            ClosesAt = Now.AddHours(1),
            Nominations = [first, second],
            Votes = ImmutableDictionary<UserKey, int>.Empty.Add(by.Key, 1),
            NextNumber = 3,
        };
        var closed = poll with { ClosedAt = Now.AddHours(1), Winner = Title };
        return
        [
            new PollOpened(poll with { Nominations = [], Votes = ImmutableDictionary<UserKey, int>.Empty }, booked),
            new PollOpened(poll with { Votes = ImmutableDictionary<UserKey, int>.Empty }, booked) { Carried = 2 },
            new PollChanged(poll, booked),
            new PollClosed(closed, booked, first),
            new PollClosed(closed with { Winner = null }, booked, null),
            new TitleFromPoll(booked with { Title = Title, Revision = 1 }, Typed),
            new PollShown(poll, booked),
            new NominationNoted(poll, booked, second, first, Unchanged: false),
            new NominationNoted(poll, booked, first, null, Unchanged: true),
            new VoteNoted(poll, booked, first, Changed: true, Unchanged: false),
            new VoteNoted(poll, booked, second, Changed: false, Unchanged: true),
            new NominationRemoved(poll, booked, second),
        ];
    }

    public static IReadOnlyList<Notice> All()
    {
        var by = new UserRef("test", "U1", Name);
        var reaction = new Reaction(1, "😂", Typed, TimeSpan.FromSeconds(62), by, Now);
        var counting = new WatchSession
        {
            Id = new SessionId("abc123def456"),
            Channel = new ChannelAddress("test", "T1", "C1"),
            Title = Title,
            Host = by,
            Phase = SessionPhase.CountingDown,
            Clock = new MediaClock(Now.AddSeconds(10), TimeSpan.Zero, true, TimeSpan.FromHours(2)),
            CreatedAt = Now,
            CountdownTarget = Now.AddSeconds(10),
            Participants = ImmutableList.Create(by),
            Reactions = ReactionSummary.None.With(reaction),
        };
        var playing = counting with { Phase = SessionPhase.Playing, StartedAt = Now, Clock = counting.Clock.RunningFrom(TimeSpan.Zero, Now) };
        var paused = playing with { Phase = SessionPhase.Paused, Clock = playing.Clock.PausedAt(Now.AddMinutes(1)) };
        var scheduled = counting with { Phase = SessionPhase.Scheduled, ScheduledFor = Now.AddHours(2), CountdownTarget = null };
        var other = scheduled with { Id = new SessionId("0123456789ab"), Title = Typed };
        var ended = playing with { Phase = SessionPhase.Ended, EndedAt = Now.AddMinutes(5), EndReason = EndReason.EndedByUser };
        var recap = Recap.Of(playing, Now.AddMinutes(5)).WithReactions([reaction]);
        var cancelled = scheduled with { Phase = SessionPhase.Ended, EndedAt = Now, EndReason = EndReason.Cancelled, Revision = 1 };
        var series = new MovieSeries
        {
            Id = new SeriesId("fedcba987654"),
            Channel = counting.Channel,
            Title = Title,
            Host = by,
            TimeZone = "Europe/Paris",
            LocalTime = new TimeOnly(21, 0),
            FirstDate = new DateOnly(2026, 11, 27),
            Repeat = new Recurrence(RecurrenceKind.Weekly),
            CreatedAt = Now,
        };
        var occurrence = scheduled with { Occurrence = new SeriesOccurrence(series.Id, series.FirstDate) };
        var waiter = new UserRef("test", "U2", Name);
        var booked = scheduled with
        {
            Seats = 1,
            Rsvps = [new Rsvp(by, RsvpAnswer.Going, Now), new Rsvp(waiter, RsvpAnswer.Going, Now.AddMinutes(1))],
        };
        var held = counting with
        {
            Phase = SessionPhase.Paused,
            CountdownTarget = null,
            ReadyCheck = new ReadyCheck(3, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10)) { OpenedAt = Now, Deadline = Now.AddMinutes(5) },
        };
        return
        [
            new CountdownStarted(counting, Now.AddSeconds(10), TimeSpan.Zero, by, false),
            new CountdownStarted(paused with { Phase = SessionPhase.CountingDown, CountdownTarget = Now.AddMinutes(2) }, Now.AddMinutes(2), TimeSpan.FromMinutes(1), by, true),
            new PlaybackStarted(playing, TimeSpan.Zero),
            new PlaybackPaused(paused, TimeSpan.FromMinutes(1), by),
            new PlaybackSeeked(playing, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), by) { Requested = TimeSpan.FromHours(3) },
            new ReactionAdded(playing, reaction),
            new ReadyMarked(scheduled, by, 1),
            new ReadyCheckOpened(held, by),
            new ReadyCheckOpened(booked with { ReadyCheck = new ReadyCheck(null, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1)) { OpenedAt = Now } }, null),
            new ReadyCheckReleased(counting, ReadyRelease.Deadline, new ReadyTally(1, 2, [waiter]), Now.AddSeconds(10), null),
            new ReadyCheckReleased(counting, ReadyRelease.HostGo, new ReadyTally(0, 2, [by, waiter]), Now.AddSeconds(10), by),
            new SessionScheduled(scheduled, Now.AddHours(2), by),
            new SessionScheduled(scheduled with { TimeZone = "America/Port_of_Spain" }, Now.AddHours(2), by) { Note = "1:30am happens twice" },
            new SessionRenamed(scheduled, Typed, by),
            new LateStart(playing, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3)),
            new SessionMissed(scheduled, Now.AddHours(-1)),
            new ScheduledStartWaiting(scheduled with { WaitingSince = Now }, other, Now.AddHours(1)),
            new ScheduledStartBlocked(scheduled, other),
            new SessionEnded(ended, recap, by),
            new StatusReport(playing, TimeSpan.FromMinutes(1), [scheduled, other with { WaitingSince = Now }], Now),
            new AlreadySo(paused, TimeSpan.FromMinutes(1), Typed),
            new ReactionNoted(reaction),
            new ReactionTooSoon(TimeSpan.FromSeconds(2), Now.AddSeconds(2), TimeSpan.FromSeconds(2)),
            new Refused(Typed, Typed),
            new InvalidInput(new CommandError(Typed, Typed)),
            new HelpText(["/watch start", "/watch end"]),
            new ModeratorChanged(Typed, true, true, Typed),
            new ModeratorsListed([Typed], [Typed], Typed),
            new BanChanged(Typed, true, false, Now.AddDays(7), Typed),
            new BanChanged(Typed, true, false, null, null),
            new BanChanged(Typed, false, true, null, null),
            new YouAreBanned(Now.AddDays(7)),
            new YouAreBanned(null),
            new AuditListed([new AuditEntry("test", "T1", Now, AuditAction.Ban, by, by, Typed, Typed)], 20),
            new AuditListed([], 20),
            new AuditPosted(new AuditEntry("test", "T1", Now, AuditAction.EndByModerator, by, by, Title, Typed)),
            new AuditPosted(new AuditEntry("test", "T1", Now, AuditAction.ForgetMe, null)),
            new PersonKicked(playing with { Kicked = [waiter.Key] }, waiter, by, WasHost: false),
            new SessionLockChanged(playing with { Locked = true }, by),
            new HostHandedOver(playing with { Host = waiter }, by, by),
            new BreakAsked(playing with { BreakRequests = [new BreakRequest(by, Now), new BreakRequest(waiter, Now)] }, waiter),
            new BreakStarted(paused with { BreaksTaken = [new BreakTaken(TimeSpan.FromMinutes(1), Now)] }, TimeSpan.FromMinutes(1), by, [by, waiter]),
            new BreakStarted(paused, TimeSpan.FromMinutes(1), null, [by, waiter, by]),
            new BreakAskNoted(playing with { BreakRequests = [new BreakRequest(by, Now)] }),
            new BreakAlreadyAsked(playing, Now),
            new BreakAskTooSoon(Now.AddMinutes(5), TimeSpan.FromMinutes(5)),
            new SessionCancelled(cancelled, Now.AddHours(2), by),
            new SessionRescheduled(scheduled with { Revision = 1 }, Now.AddHours(1), "Sun 22 Nov 2026 22:00 UTC", by) { Repeat = new ListingRepeat(1, DayOfWeek.Friday) },
            new OccurrenceBooked(occurrence, series, by),
            new OccurrenceBooked(occurrence, series, null),
            new OccurrenceSkipped(cancelled with { Occurrence = occurrence.Occurrence }, series, Now.AddHours(2), by),
            new SeriesEnded(series with { EndedAt = Now }, cancelled, Now.AddHours(2), by),
            new SeriesEnded(series with { EndedAt = Now }, null, null, by),
            new SeriesListed([series], [occurrence]),
            new BookingAmbiguous([scheduled, other with { Title = Title }], Typed),
            new RsvpChanged(booked, by, RsvpAnswer.Going, []),
            new RsvpChanged(booked, by, RsvpAnswer.NotGoing, [waiter]),
            new RsvpNoted(booked, by.Key, RsvpAnswer.Going, Unchanged: false),
            new RsvpNoted(booked, waiter.Key, RsvpAnswer.Going, Unchanged: true),
            new RsvpNoted(booked, by.Key, RsvpAnswer.Maybe, Unchanged: false),
            new RsvpNoted(booked, by.Key, RsvpAnswer.NotGoing, Unchanged: false),
            new AttendeesListed(booked with { Rsvps = booked.Rsvps.Add(new Rsvp(new UserRef("test", "U3", Name), RsvpAnswer.Maybe, Now)) }),
            new ReminderDue(booked, TimeSpan.FromMinutes(15), [by]),
            new RemindersToggled(On: false, AlreadySo: false),
            new RemindersToggled(On: true, AlreadySo: true),
            new MyDataShown(new PersonalData(1, 2, 3, 1, 1, 1, 1, true, true, 1, 2), Banned: true, AuditEntries: 2),
            new ForgetMeAsked(PersonalData.None),
            new ForgetMeDone(new PersonalData(0, 1, 2, 0, 0, 0, 0, false, false, 0, 0)),
            new CalendarFeedIssued("https://watch.example.com/calendar/abc_DEF-123.ics", Replaced: true),
            new CalendarFeedExists(Now),
            new SpaceSettingsShown(new SpaceSettings { TimeZone = Typed }, Typed, CanChange: true),
            new SpaceSettingsShown(SpaceSettings.None, Typed, CanChange: false),
            new TimeZoneChanged(Typed, Typed + "2", Typed),
            new SpaceSettingsChanged([$"audit-channel: #{Typed} (was off)"]),
            new SpaceSettingsChanged([]),
            new JoinCountdown(playing, new JoinPlan(TimeSpan.FromMinutes(42), Now.AddSeconds(6), TimeSpan.FromMilliseconds(400)), Now, BeforeStart: false),
            new JoinCountdown(counting, new JoinPlan(TimeSpan.Zero, Now.AddSeconds(10), TimeSpan.Zero), Now, BeforeStart: true),
            new JoinWhilePaused(paused, TimeSpan.FromMinutes(1)),
            new DriftChecked(new DriftReading(TimeSpan.FromSeconds(64.3), TimeSpan.FromSeconds(62), TimeSpan.FromSeconds(2.3), DriftAdvice.PauseFor, null), Now),
            new DriftChecked(new DriftReading(TimeSpan.FromSeconds(58.8), TimeSpan.FromSeconds(62), TimeSpan.FromSeconds(-3.2), DriftAdvice.SeekAndPress, new JoinPlan(TimeSpan.FromSeconds(67), Now.AddSeconds(5), TimeSpan.Zero)), Now),
            .. PollSamples(scheduled, by),
            new RecapShown(new KeptRecap(ended.Id, Title, Now.AddMinutes(5), by, recap)),
            new NoRecapYet(),
        ];
    }
}
