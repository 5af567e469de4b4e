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
using WatchBot.Core.Kernel;

namespace WatchBot.Engine.Outbox;

/// <summary>
/// Every notice type the outbox may keep, by the name an entry stores. An explicit list (not an
/// assembly scan) so that a trimmed, Native AOT build keeps them all; a new notice adds a line here and
/// in <see cref="NoticeJsonContext"/> (NoticeTypesTests compares both with a scan of the assemblies).
/// </summary>
internal static class NoticeTypes
{
    /// <summary>Every concrete notice type, by name.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(AlreadySo),
        typeof(AttendeesListed),
        typeof(AuditListed),
        typeof(AuditPosted),
        typeof(BanChanged),
        typeof(BookingAmbiguous),
        typeof(BreakAlreadyAsked),
        typeof(BreakAskNoted),
        typeof(BreakAskTooSoon),
        typeof(BreakAsked),
        typeof(BreakStarted),
        typeof(CalendarFeedExists),
        typeof(CalendarFeedIssued),
        typeof(CountdownStarted),
        typeof(DriftChecked),
        typeof(ForgetMeAsked),
        typeof(ForgetMeDone),
        typeof(HelpText),
        typeof(HostHandedOver),
        typeof(InvalidInput),
        typeof(JoinCountdown),
        typeof(JoinWhilePaused),
        typeof(LateStart),
        typeof(ModeratorChanged),
        typeof(ModeratorsListed),
        typeof(MyDataShown),
        typeof(NoRecapYet),
        typeof(NominationNoted),
        typeof(NominationRemoved),
        typeof(OccurrenceBooked),
        typeof(OccurrenceSkipped),
        typeof(PersonKicked),
        typeof(PlaybackPaused),
        typeof(PlaybackSeeked),
        typeof(PlaybackStarted),
        typeof(PollChanged),
        typeof(PollClosed),
        typeof(PollOpened),
        typeof(PollShown),
        typeof(ReactionAdded),
        typeof(ReactionNoted),
        typeof(ReactionTooSoon),
        typeof(ReadyCheckOpened),
        typeof(ReadyCheckReleased),
        typeof(ReadyMarked),
        typeof(RecapShown),
        typeof(Refused),
        typeof(ReminderDue),
        typeof(RemindersToggled),
        typeof(RsvpChanged),
        typeof(RsvpNoted),
        typeof(ScheduledStartBlocked),
        typeof(ScheduledStartWaiting),
        typeof(SeriesEnded),
        typeof(SeriesListed),
        typeof(SessionCancelled),
        typeof(SessionEnded),
        typeof(SessionLockChanged),
        typeof(SessionMissed),
        typeof(SessionRenamed),
        typeof(SessionRescheduled),
        typeof(SessionScheduled),
        typeof(SpaceSettingsChanged),
        typeof(SpaceSettingsShown),
        typeof(StatusReport),
        typeof(TimeZoneChanged),
        typeof(TitleFromPoll),
        typeof(VoteNoted),
        typeof(YouAreBanned),
    ];

    private static readonly Dictionary<string, Type> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The notice type named <paramref name="name"/>, or null when there is none (any more).</summary>
    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
