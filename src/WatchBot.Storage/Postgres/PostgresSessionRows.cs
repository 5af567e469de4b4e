using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;
using static WatchBot.Storage.Postgres.PostgresCommands;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// Turns a <see cref="WatchSession"/> into parameters and rows back into sessions, on PostgreSQL types
/// (<see cref="PostgresSchema"/>). The JSON columns keep the SQLite store's format (the same Stored*
/// records), so a session reads back the same from either store.
/// </summary>
internal static partial class PostgresSessionRows
{
    public static void BindSession(NpgsqlParameterCollection p, WatchSession session)
    {
        p.AddWithValue("id", session.Id.Value);
        p.AddWithValue("platform", session.Channel.Platform);
        p.AddWithValue("space_id", session.Channel.SpaceId);
        p.AddWithValue("channel_id", session.Channel.ChannelId);
        p.AddWithValue("title", session.Title);
        p.AddWithValue("host_id", StoredId(session, session.Host.Key));
        p.AddWithValue("host_name", session.Host.DisplayName);
        p.AddWithValue("phase", session.Phase.ToString());
        p.AddWithValue("policy", session.Policy.ToString());
        p.AddWithValue("clock_anchor_at", Instant(session.Clock.AnchorInstant));
        p.AddWithValue("clock_anchor_position_ms", ToMs(session.Clock.AnchorPosition));
        p.AddWithValue("clock_running", session.Clock.IsRunning);
        p.AddWithValue("runtime_ms", OrNull(session.Clock.Runtime is { } runtime ? ToMs(runtime) : null));
        p.AddWithValue("clock_played_ms", ToMs(session.Clock.PlayedBefore));
        p.AddWithValue("scheduled_for", Instant(session.ScheduledFor));
        p.AddWithValue("countdown_target", Instant(session.CountdownTarget));
        p.AddWithValue("created_at", Instant(session.CreatedAt));
        p.AddWithValue("started_at", Instant(session.StartedAt));
        p.AddWithValue("ended_at", Instant(session.EndedAt));
        p.AddWithValue("end_reason", OrNull(session.EndReason?.ToString()));
        p.AddWithValue("waiting_since", Instant(session.WaitingSince));
        StoredUser[] participants = [.. session.Participants.Select(u => new StoredUser(StoredId(session, u.Key), u.DisplayName))];
        p.AddJson("participants", JsonSerializer.Serialize(participants, StorageJsonContext.Default.StoredUserArray));
        string[] ready = [.. session.ReadyUserIds.Select(k => StoredId(session, k)).Order(StringComparer.Ordinal)];
        p.AddJson("ready_user_ids", JsonSerializer.Serialize(ready, StorageJsonContext.Default.StringArray));
        p.AddWithValue("reaction_count", (long)session.Reactions.Count);
        var lastAt = session.Reactions.LastAt.ToDictionary(pair => StoredId(session, pair.Key), pair => pair.Value.ToUnixTimeMilliseconds(), StringComparer.Ordinal);
        p.AddJson("reaction_last_at", JsonSerializer.Serialize(lastAt, StorageJsonContext.Default.DictionaryStringInt64));
        BindMovieNight(p, session);
        BindModeration(p, session);
        BindBreaks(p, session);
        BindReadyCheck(p, session);
    }

    /// <summary>The session on the reader's current row, with its reaction summary (the reactions are another table).</summary>
    public static WatchSession ReadSession(NpgsqlDataReader row)
    {
        var participants = JsonSerializer.Deserialize(row.Text("participants"), StorageJsonContext.Default.StoredUserArray) ?? [];
        var ready = JsonSerializer.Deserialize(row.Text("ready_user_ids"), StorageJsonContext.Default.StringArray) ?? [];
        var lastAt = JsonSerializer.Deserialize(row.Text("reaction_last_at"), StorageJsonContext.Default.DictionaryStringInt64) ?? [];
        var platform = row.Text("platform");
        return ReadReadyCheck(row, ReadBreaks(row, platform, ReadModeration(row, platform, ReadMovieNight(row, platform, new WatchSession
        {
            Id = new SessionId(row.Text("id")),
            Channel = new ChannelAddress(platform, row.Text("space_id"), row.Text("channel_id")),
            Title = row.Text("title"),
            Host = new UserRef(platform, row.Text("host_id"), row.Text("host_name")),
            Phase = Enum.Parse<SessionPhase>(row.Text("phase")),
            Policy = Enum.Parse<ControlPolicy>(row.Text("policy")),
            Clock = new MediaClock(
                row.Timestamp("clock_anchor_at"),
                FromMs(row.Integer("clock_anchor_position_ms")),
                row.Boolean("clock_running"),
                row.NullableInteger("runtime_ms") is { } runtime ? FromMs(runtime) : null)
            {
                PlayedBefore = FromMs(row.Integer("clock_played_ms")),
            },
            ScheduledFor = row.NullableTimestamp("scheduled_for"),
            CountdownTarget = row.NullableTimestamp("countdown_target"),
            WaitingSince = row.NullableTimestamp("waiting_since"),
            CreatedAt = row.Timestamp("created_at"),
            StartedAt = row.NullableTimestamp("started_at"),
            EndedAt = row.NullableTimestamp("ended_at"),
            EndReason = row.NullableText("end_reason") is { } reason ? Enum.Parse<EndReason>(reason) : null,
            Participants = [.. participants.Select(u => new UserRef(platform, u.Id, u.Name))],
            ReadyUserIds = [.. ready.Select(id => new UserKey(platform, id))],
            Reactions = new ReactionSummary(
                checked((int)row.Integer("reaction_count")),
                lastAt.ToImmutableDictionary(pair => new UserKey(platform, pair.Key), pair => DateTimeOffset.FromUnixTimeMilliseconds(pair.Value))),
            Version = row.Integer("version"),
        }))));
    }

    public static void BindReaction(NpgsqlParameterCollection p, WatchSession session, Reaction reaction)
    {
        p.Clear();
        p.AddWithValue("session_id", session.Id.Value);
        p.AddWithValue("seq", (long)reaction.Sequence);
        p.AddWithValue("emoji", reaction.Emoji);
        p.AddWithValue("note", OrNull(reaction.Note));
        p.AddWithValue("position_ms", ToMs(reaction.Position));
        p.AddWithValue("user_id", StoredId(session, reaction.By.Key));
        p.AddWithValue("user_name", reaction.By.DisplayName);
        p.AddWithValue("at", Instant(reaction.At));
    }

    public static Reaction ReadReaction(NpgsqlDataReader row) => new(
        checked((int)row.Integer("seq")),
        row.Text("emoji"),
        row.NullableText("note"),
        FromMs(row.Integer("position_ms")),
        new UserRef(row.Text("platform"), row.Text("user_id"), row.Text("user_name")),
        row.Timestamp("at"));

    public static void BindOutbox(NpgsqlParameterCollection p, OutboxEntry entry)
    {
        p.Clear();
        p.AddWithValue("platform", entry.Channel.Platform);
        p.AddWithValue("space_id", entry.Channel.SpaceId);
        p.AddWithValue("channel_id", entry.Channel.ChannelId);
        p.AddWithValue("kind", entry.Kind);
        p.AddWithValue("session_id", entry.SessionId.Value);
        p.Add(new NpgsqlParameter("facts", NpgsqlTypes.NpgsqlDbType.Json) { Value = entry.Facts });
        p.AddWithValue("created_at", Instant(entry.CreatedAt));
    }

    public static OutboxEntry ReadOutbox(NpgsqlDataReader row) => new(
        row.Integer("id"),
        new ChannelAddress(row.Text("platform"), row.Text("space_id"), row.Text("channel_id")),
        row.Text("kind"),
        new SessionId(row.Text("session_id")),
        row.Text("facts"),
        row.Timestamp("created_at"),
        checked((int)row.Integer("attempts")));

    /// <summary>People are stored by their platform's id alone, as in the SQLite store (see SessionRows.StoredId).</summary>
    private static string StoredId(WatchSession session, UserKey user) =>
        user.Platform == session.Channel.Platform
            ? user.Id
            : throw new ArgumentException($"{user} is not on {session.Channel.Platform}, the platform of session {session.Id}; sessions store people of their own platform only.", nameof(user));

    private static long ToMs(TimeSpan duration) => duration.Ticks / TimeSpan.TicksPerMillisecond;

    private static TimeSpan FromMs(long ms) => TimeSpan.FromMilliseconds(ms);
}
