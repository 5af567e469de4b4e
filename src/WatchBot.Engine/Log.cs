using Microsoft.Extensions.Logging;

namespace WatchBot.Engine;

/// <summary>The engine's log messages (EventIds 1000–1099). Ids and kinds only: never user text.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Session {SessionId} in {Channel} is now {Phase}")]
    public static partial void SessionSaved(ILogger logger, string sessionId, string channel, string phase);

    [LoggerMessage(1001, LogLevel.Error, "Saving session {SessionId} failed; the command was not applied")]
    public static partial void SaveFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(1002, LogLevel.Error, "Arming or disarming timers of session {SessionId} failed; it is tried again shortly")]
    public static partial void TimerFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(1003, LogLevel.Warning, "No publisher for platform {Platform}; notice dropped")]
    public static partial void NoPublisher(ILogger logger, string platform);

    [LoggerMessage(1004, LogLevel.Error, "Publishing {NoticeKind} on {Platform} failed")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string platform, string noticeKind);

    [LoggerMessage(1005, LogLevel.Debug, "Timer {Kind} for unknown session {SessionId} ignored")]
    public static partial void TimerForUnknownSession(ILogger logger, string kind, string sessionId);

    [LoggerMessage(1006, LogLevel.Information, "Recovery: {Count} unfinished sessions checked")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(1007, LogLevel.Error, "Recovery of session {SessionId} failed")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(1008, LogLevel.Error, "Reading sessions of {Channel} failed")]
    public static partial void LoadFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(1009, LogLevel.Information, "A moderator was {Change} on {Platform} in {Space}")]
    public static partial void ModeratorChanged(ILogger logger, string change, string platform, string space);

    [LoggerMessage(1010, LogLevel.Error, "Reading or changing moderators on {Platform} in {Space} failed")]
    public static partial void ModeratorsFailed(ILogger logger, Exception exception, string platform, string space);
    [LoggerMessage(1011, LogLevel.Error, "Starting the session waiting for {Channel} failed; its deadline timer or start-up recovery will catch up")]
    public static partial void WakeFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(1012, LogLevel.Error, "Reading the reactions of session {SessionId} for its recap failed; the recap goes out without highlights")]
    public static partial void ReactionsUnreadable(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(1013, LogLevel.Warning, "Outbox entry {EntryId} ({Kind}) for {Channel} failed {Attempts} times; given up")]
    public static partial void OutboxGivenUp(ILogger logger, long entryId, string kind, string channel, int attempts);

    [LoggerMessage(1014, LogLevel.Information, "Outbox: {Count} pending announcements relayed")]
    public static partial void OutboxRelayed(ILogger logger, int count);

    [LoggerMessage(1015, LogLevel.Information, "Outbox entry {EntryId} ({Kind}) dropped: its session is gone or has moved on")]
    public static partial void OutboxDropped(ILogger logger, long entryId, string kind);

    [LoggerMessage(1016, LogLevel.Information, "Session {SessionId} was saved by another writer meanwhile; deciding again (attempt {Attempt})")]
    public static partial void VersionConflict(ILogger logger, string sessionId, int attempt);

    [LoggerMessage(1017, LogLevel.Error, "Recording the outcome of outbox entry {EntryId} failed; it may be sent again")]
    public static partial void OutboxMarkFailed(ILogger logger, Exception exception, long entryId);

    [LoggerMessage(1018, LogLevel.Error, "Relaying the pending outbox failed; the next start-up retries")]
    public static partial void OutboxRelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(1099, LogLevel.Warning, "outbox: holding entry {EntryId} ({Kind}) before its send until the process stops (Diagnostics:HoldOutboxSend, a fault-injection switch for tests)")]
    public static partial void OutboxHeld(ILogger logger, long entryId, string kind);

    // 1050–1059: dispatch, standing and timers of any aggregate kind (issue 9).
    [LoggerMessage(1050, LogLevel.Warning, "Timer {Kind} for aggregate kind {AggregateKind} has no handler; dropped")]
    public static partial void TimerForUnknownKind(ILogger logger, string aggregateKind, string kind);

    [LoggerMessage(1051, LogLevel.Warning, "No handler for command {CommandType}; refused")]
    public static partial void NoCommandHandler(ILogger logger, string commandType);

    [LoggerMessage(1052, LogLevel.Error, "Reading the stored moderators or bans on {Platform} in {Space} failed; the sender counts as a member")]
    public static partial void StandingUnreadable(ILogger logger, Exception exception, string platform, string space);

    [LoggerMessage(1053, LogLevel.Information, "Aggregate {Aggregate} was saved by another writer meanwhile; deciding again (attempt {Attempt})")]
    public static partial void AggregateVersionConflict(ILogger logger, string aggregate, int attempt);

    [LoggerMessage(1054, LogLevel.Information, "Another session went live in channel {Channel} while session {SessionId} was decided; deciding again (attempt {Attempt})")]
    public static partial void LiveConflict(ILogger logger, string channel, string sessionId, int attempt);

    [LoggerMessage(1060, LogLevel.Information, "Space settings on {Platform} in {Space} changed: time zone {TimeZone}")]
    public static partial void SpaceSettingsChanged(ILogger logger, string platform, string space, string timeZone);

    [LoggerMessage(1061, LogLevel.Error, "Reading or saving the space settings on {Platform} in {Space} failed")]
    public static partial void SpaceSettingsFailed(ILogger logger, Exception exception, string platform, string space);

    [LoggerMessage(1062, LogLevel.Information, "Space settings on {Platform} in {Space} were saved by another writer meanwhile; deciding again (attempt {Attempt})")]
    public static partial void SpaceSettingsConflict(ILogger logger, string platform, string space, int attempt);

    // 1070–1079: RSVPs and reminders (issue 10).
    [LoggerMessage(1070, LogLevel.Error, "Reading who turned reminders off on {Platform} in {Space} failed; the reminder for session {SessionId} is not sent now")]
    public static partial void ReminderOptOutsUnreadable(ILogger logger, Exception exception, string platform, string space, string sessionId);

    [LoggerMessage(1071, LogLevel.Error, "Saving a reminder preference on {Platform} in {Space} failed")]
    public static partial void ReminderPreferenceFailed(ILogger logger, Exception exception, string platform, string space);

    [LoggerMessage(1072, LogLevel.Information, "Reminders turned {State} by a member on {Platform} in {Space}")]
    public static partial void ReminderPreferenceChanged(ILogger logger, string state, string platform, string space);

    [LoggerMessage(1080, LogLevel.Information, "Calendar feed {Change} on {Platform} in {Space}")]
    public static partial void CalendarFeedIssued(ILogger logger, string change, string platform, string space);

    [LoggerMessage(1081, LogLevel.Error, "Issuing the calendar feed on {Platform} in {Space} failed")]
    public static partial void CalendarFeedFailed(ILogger logger, Exception exception, string platform, string space);

    [LoggerMessage(1160, LogLevel.Information, "Timers of session {SessionId} armed on retry {Retry}")]
    public static partial void TimersRetried(ILogger logger, string sessionId, int retry);

    [LoggerMessage(1161, LogLevel.Error, "Timers of session {SessionId} still failed after {Retries} retries; start-up recovery will catch up")]
    public static partial void TimerRetriesExhausted(ILogger logger, string sessionId, int retries);
}
