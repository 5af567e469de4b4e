using System.Text.Json;
using System.Text.Json.Serialization;
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
/// The outbox's JSON of every notice (<see cref="NoticeTypes.All"/>), generated at build time: Native AOT
/// has no reflection-based JSON. The options are those the reflection-based codec had (fields included
/// for the value tuples a notice may carry, people as key and name), so entries already stored read
/// the same and new ones are written byte for byte as before (OutboxCodecCompatibilityTests).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.General, IncludeFields = true, Converters = [typeof(UserKeyJsonConverter), typeof(UserRefJsonConverter)])]
[JsonSerializable(typeof(AlreadySo))]
[JsonSerializable(typeof(AttendeesListed))]
[JsonSerializable(typeof(AuditListed))]
[JsonSerializable(typeof(AuditPosted))]
[JsonSerializable(typeof(BanChanged))]
[JsonSerializable(typeof(BookingAmbiguous))]
[JsonSerializable(typeof(BreakAlreadyAsked))]
[JsonSerializable(typeof(BreakAskNoted))]
[JsonSerializable(typeof(BreakAskTooSoon))]
[JsonSerializable(typeof(BreakAsked))]
[JsonSerializable(typeof(BreakStarted))]
[JsonSerializable(typeof(CalendarFeedExists))]
[JsonSerializable(typeof(CalendarFeedIssued))]
[JsonSerializable(typeof(CountdownStarted))]
[JsonSerializable(typeof(DriftChecked))]
[JsonSerializable(typeof(ForgetMeAsked))]
[JsonSerializable(typeof(ForgetMeDone))]
[JsonSerializable(typeof(HelpText))]
[JsonSerializable(typeof(HostHandedOver))]
[JsonSerializable(typeof(InvalidInput))]
[JsonSerializable(typeof(JoinCountdown))]
[JsonSerializable(typeof(JoinWhilePaused))]
[JsonSerializable(typeof(LateStart))]
[JsonSerializable(typeof(ModeratorChanged))]
[JsonSerializable(typeof(ModeratorsListed))]
[JsonSerializable(typeof(MyDataShown))]
[JsonSerializable(typeof(NoRecapYet))]
[JsonSerializable(typeof(NominationNoted))]
[JsonSerializable(typeof(NominationRemoved))]
[JsonSerializable(typeof(OccurrenceBooked))]
[JsonSerializable(typeof(OccurrenceSkipped))]
[JsonSerializable(typeof(PersonKicked))]
[JsonSerializable(typeof(PlaybackPaused))]
[JsonSerializable(typeof(PlaybackSeeked))]
[JsonSerializable(typeof(PlaybackStarted))]
[JsonSerializable(typeof(PollChanged))]
[JsonSerializable(typeof(PollClosed))]
[JsonSerializable(typeof(PollOpened))]
[JsonSerializable(typeof(PollShown))]
[JsonSerializable(typeof(ReactionAdded))]
[JsonSerializable(typeof(ReactionNoted))]
[JsonSerializable(typeof(ReactionTooSoon))]
[JsonSerializable(typeof(ReadyCheckOpened))]
[JsonSerializable(typeof(ReadyCheckReleased))]
[JsonSerializable(typeof(ReadyMarked))]
[JsonSerializable(typeof(RecapShown))]
[JsonSerializable(typeof(Refused))]
[JsonSerializable(typeof(ReminderDue))]
[JsonSerializable(typeof(RemindersToggled))]
[JsonSerializable(typeof(RsvpChanged))]
[JsonSerializable(typeof(RsvpNoted))]
[JsonSerializable(typeof(ScheduledStartBlocked))]
[JsonSerializable(typeof(ScheduledStartWaiting))]
[JsonSerializable(typeof(SeriesEnded))]
[JsonSerializable(typeof(SeriesListed))]
[JsonSerializable(typeof(SessionCancelled))]
[JsonSerializable(typeof(SessionEnded))]
[JsonSerializable(typeof(SessionLockChanged))]
[JsonSerializable(typeof(SessionMissed))]
[JsonSerializable(typeof(SessionRenamed))]
[JsonSerializable(typeof(SessionRescheduled))]
[JsonSerializable(typeof(SessionScheduled))]
[JsonSerializable(typeof(SpaceSettingsChanged))]
[JsonSerializable(typeof(SpaceSettingsShown))]
[JsonSerializable(typeof(StatusReport))]
[JsonSerializable(typeof(TimeZoneChanged))]
[JsonSerializable(typeof(TitleFromPoll))]
[JsonSerializable(typeof(VoteNoted))]
[JsonSerializable(typeof(YouAreBanned))]
[JsonSerializable(typeof(StoredPerson))]
internal sealed partial class NoticeJsonContext : JsonSerializerContext;
