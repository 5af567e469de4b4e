using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Turns a <see cref="WatchSession"/> into parameters and rows back into sessions. Instants are unix
/// milliseconds (UTC) and durations milliseconds: anything finer is truncated, and offsets come back
/// as UTC (the same instant, so equality holds).
/// </summary>
internal static partial class SessionRows
{
    public static void BindSession(SqliteCommand command, WatchSession session)
    {
        var p = command.Parameters;
        p.AddWithValue("@id", session.Id.Value);
        p.AddWithValue("@platform", session.Channel.Platform);
        p.AddWithValue("@space_id", session.Channel.SpaceId);
        p.AddWithValue("@channel_id", session.Channel.ChannelId);
        p.AddWithValue("@title", session.Title);
        p.AddWithValue("@host_id", StoredId(session, session.Host.Key));
        p.AddWithValue("@host_name", session.Host.DisplayName);
        p.AddWithValue("@phase", session.Phase.ToString());
        p.AddWithValue("@policy", session.Policy.ToString());
        p.AddWithValue("@clock_anchor_at", ToUnixMs(session.Clock.AnchorInstant));
        p.AddWithValue("@clock_anchor_position_ms", ToMs(session.Clock.AnchorPosition));
        p.AddWithValue("@clock_running", session.Clock.IsRunning ? 1L : 0L);
        p.AddWithValue("@runtime_ms", OrNull(session.Clock.Runtime is { } runtime ? ToMs(runtime) : null));
        p.AddWithValue("@clock_played_ms", ToMs(session.Clock.PlayedBefore));
        p.AddWithValue("@scheduled_for", OrNull(ToUnixMs(session.ScheduledFor)));
        p.AddWithValue("@countdown_target", OrNull(ToUnixMs(session.CountdownTarget)));
        p.AddWithValue("@created_at", ToUnixMs(session.CreatedAt));
        p.AddWithValue("@started_at", OrNull(ToUnixMs(session.StartedAt)));
        p.AddWithValue("@ended_at", OrNull(ToUnixMs(session.EndedAt)));
        p.AddWithValue("@end_reason", OrNull(session.EndReason?.ToString()));
        p.AddWithValue("@waiting_since", OrNull(ToUnixMs(session.WaitingSince)));
        StoredUser[] participants = [.. session.Participants.Select(u => new StoredUser(StoredId(session, u.Key), u.DisplayName))];
        p.AddWithValue("@participants", JsonSerializer.Serialize(participants, StorageJsonContext.Default.StoredUserArray));

        // Sorted so that the same set is always the same text.
        string[] ready = [.. session.ReadyUserIds.Select(k => StoredId(session, k)).Order(StringComparer.Ordinal)];
        p.AddWithValue("@ready_user_ids", JsonSerializer.Serialize(ready, StorageJsonContext.Default.StringArray));

        p.AddWithValue("@reaction_count", (long)session.Reactions.Count);
        // Sorted too (a dictionary keeps the order it was filled in), so the same summary is the same text.
        var lastAt = session.Reactions.LastAt
            .Select(pair => (Id: StoredId(session, pair.Key), At: ToUnixMs(pair.Value)))
            .OrderBy(pair => pair.Id, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Id, pair => pair.At, StringComparer.Ordinal);
        p.AddWithValue("@reaction_last_at", JsonSerializer.Serialize(lastAt, StorageJsonContext.Default.DictionaryStringInt64));
        BindMovieNight(p, session);
        BindModeration(p, session);
        BindBreaks(p, session);
        BindReadyCheck(p, session);
    }

    public static void BindReaction(SqliteCommand command, WatchSession session, Reaction reaction)
    {
        var p = command.Parameters;
        p.Clear();
        p.AddWithValue("@session_id", session.Id.Value);
        p.AddWithValue("@seq", (long)reaction.Sequence);
        p.AddWithValue("@emoji", reaction.Emoji);
        p.AddWithValue("@note", OrNull(reaction.Note));
        p.AddWithValue("@position_ms", ToMs(reaction.Position));
        p.AddWithValue("@user_id", StoredId(session, reaction.By.Key));
        p.AddWithValue("@user_name", reaction.By.DisplayName);
        p.AddWithValue("@at", ToUnixMs(reaction.At));
    }

    /// <summary>The session on the reader's current row, with its reaction summary (the reactions are another table).</summary>
    public static WatchSession ReadSession(SqliteDataReader row)
    {
        var participants = JsonSerializer.Deserialize(Text(row, "participants"), StorageJsonContext.Default.StoredUserArray) ?? [];
        var ready = JsonSerializer.Deserialize(Text(row, "ready_user_ids"), StorageJsonContext.Default.StringArray) ?? [];
        var lastAt = JsonSerializer.Deserialize(Text(row, "reaction_last_at"), StorageJsonContext.Default.DictionaryStringInt64) ?? [];
        var platform = Text(row, "platform");
        return ReadReadyCheck(row, ReadBreaks(row, platform, ReadModeration(row, platform, ReadMovieNight(row, platform, new WatchSession
        {
            Id = new SessionId(Text(row, "id")),
            Channel = new ChannelAddress(platform, Text(row, "space_id"), Text(row, "channel_id")),
            Title = Text(row, "title"),
            Host = new UserRef(platform, Text(row, "host_id"), Text(row, "host_name")),
            Phase = Enum.Parse<SessionPhase>(Text(row, "phase")),
            Policy = Enum.Parse<ControlPolicy>(Text(row, "policy")),
            Clock = new MediaClock(
                FromUnixMs(Integer(row, "clock_anchor_at")),
                FromMs(Integer(row, "clock_anchor_position_ms")),
                Integer(row, "clock_running") != 0,
                NullableInteger(row, "runtime_ms") is { } runtime ? FromMs(runtime) : null)
            {
                PlayedBefore = FromMs(Integer(row, "clock_played_ms")),
            },
            ScheduledFor = NullableInstant(row, "scheduled_for"),
            CountdownTarget = NullableInstant(row, "countdown_target"),
            WaitingSince = NullableInstant(row, "waiting_since"),
            CreatedAt = FromUnixMs(Integer(row, "created_at")),
            StartedAt = NullableInstant(row, "started_at"),
            EndedAt = NullableInstant(row, "ended_at"),
            EndReason = NullableText(row, "end_reason") is { } reason ? Enum.Parse<EndReason>(reason) : null,
            Participants = [.. participants.Select(u => new UserRef(platform, u.Id, u.Name))],
            ReadyUserIds = [.. ready.Select(id => new UserKey(platform, id))],
            Reactions = new ReactionSummary(
                checked((int)Integer(row, "reaction_count")),
                lastAt.ToImmutableDictionary(pair => new UserKey(platform, pair.Key), pair => FromUnixMs(pair.Value))),
            Version = Integer(row, "version"),
        }))));
    }

    public static void BindOutbox(SqliteCommand command, OutboxEntry entry)
    {
        var p = command.Parameters;
        p.Clear();
        p.AddWithValue("@platform", entry.Channel.Platform);
        p.AddWithValue("@space_id", entry.Channel.SpaceId);
        p.AddWithValue("@channel_id", entry.Channel.ChannelId);
        p.AddWithValue("@kind", entry.Kind);
        p.AddWithValue("@session_id", entry.SessionId.Value);
        p.AddWithValue("@facts", entry.Facts);
        p.AddWithValue("@created_at", ToUnixMs(entry.CreatedAt));
    }

    public static OutboxEntry ReadOutbox(SqliteDataReader row) => new(
        Integer(row, "id"),
        new ChannelAddress(Text(row, "platform"), Text(row, "space_id"), Text(row, "channel_id")),
        Text(row, "kind"),
        new SessionId(Text(row, "session_id")),
        Text(row, "facts"),
        FromUnixMs(Integer(row, "created_at")),
        checked((int)Integer(row, "attempts")));

    public static Reaction ReadReaction(SqliteDataReader row) => new(
        checked((int)Integer(row, "seq")),
        Text(row, "emoji"),
        NullableText(row, "note"),
        FromMs(Integer(row, "position_ms")),
        new UserRef(Text(row, "platform"), Text(row, "user_id"), Text(row, "user_name")),
        FromUnixMs(Integer(row, "at")));

    /// <summary>
    /// People are stored by their platform's id alone, and read back on the session channel's
    /// platform (rows from before people carried a platform included). Everyone in a session is on
    /// its channel's platform today; a session mirrored across platforms needs a platform column
    /// (migration 7), so until then anyone else is refused here rather than silently moved.
    /// </summary>
    private static string StoredId(WatchSession session, UserKey user) =>
        user.Platform == session.Channel.Platform
            ? user.Id
            : throw new ArgumentException($"{user} is not on {session.Channel.Platform}, the platform of session {session.Id}; sessions store people of their own platform only.", nameof(user));

    private static long ToUnixMs(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    private static long? ToUnixMs(DateTimeOffset? instant) => instant?.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromUnixMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static long ToMs(TimeSpan duration) => duration.Ticks / TimeSpan.TicksPerMillisecond;

    private static TimeSpan FromMs(long ms) => TimeSpan.FromMilliseconds(ms);

    private static object OrNull(object? value) => value ?? DBNull.Value;

    private static string Text(SqliteDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    private static string? NullableText(SqliteDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
    }

    private static long Integer(SqliteDataReader row, string column) => row.GetInt64(row.GetOrdinal(column));

    private static long? NullableInteger(SqliteDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);
    }

    private static DateTimeOffset? NullableInstant(SqliteDataReader row, string column) =>
        NullableInteger(row, column) is { } ms ? FromUnixMs(ms) : null;
}
