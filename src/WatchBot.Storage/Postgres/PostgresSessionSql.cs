namespace WatchBot.Storage.Postgres;

/// <summary>Every query and write of the PostgreSQL session store; parameters are named after their columns.</summary>
internal static class PostgresSessionSql
{
    /// <summary>Every column but <c>version</c>, which the upsert sets itself.</summary>
    private static readonly string[] Written =
    [
        "id", "platform", "space_id", "channel_id", "title", "host_id", "host_name", "phase", "policy",
        "clock_anchor_at", "clock_anchor_position_ms", "clock_running", "runtime_ms",
        "scheduled_for", "countdown_target", "created_at", "started_at", "ended_at", "end_reason",
        "participants", "ready_user_ids", "waiting_since", "clock_played_ms",
        "reaction_count", "reaction_last_at",
        "series_id", "occurrence_date", "time_zone", "revision", "rsvps", "seats", "reminder_leads", "reminders_sent",
        "kicked", "locked", "reaction_counts",
        "adult",
        "break_requests", "breaks_taken",
        "ready_count", "ready_wait_ms", "ready_countdown_ms", "ready_opened_at", "ready_deadline",
    ];

    private static readonly string SessionColumns = string.Join(", ", [.. Written, "version"]);

    /// <summary>
    /// Insert, or update in place and count the version up. A live-session or occurrence conflict is a
    /// unique violation on its index (<see cref="PostgresSchema.LiveIndex"/>, <see cref="PostgresSchema.OccurrenceIndex"/>).
    /// </summary>
    private static readonly string UpsertBody = $"""
        INSERT INTO sessions ({SessionColumns})
        VALUES ({string.Join(", ", Written.Select(c => "@" + c))}, 1)
        ON CONFLICT (id) DO UPDATE SET
            {string.Join(",\n    ", Written.Skip(1).Select(c => $"{c} = excluded.{c}"))},
            version = sessions.version + 1
        """;

    public static readonly string Upsert = UpsertBody;

    /// <summary>
    /// <see cref="Upsert"/> only while the stored row is at <c>@expected_version</c> (a new row is
    /// inserted at 1): no row changed means another writer saved first. A concurrent writer holding the
    /// row makes this one wait, then see its version.
    /// </summary>
    public static readonly string UpsertExpecting = $"{UpsertBody} WHERE sessions.version = @expected_version";

    /// <summary>Reactions are append-only: a sequence already stored is kept as it was.</summary>
    public const string InsertReaction = """
        INSERT INTO reactions (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
        VALUES (@session_id, @seq, @emoji, @note, @position_ms, @user_id, @user_name, @at)
        ON CONFLICT (session_id, seq) DO NOTHING
        """;

    public static readonly string SelectById = $"SELECT {SessionColumns} FROM sessions WHERE id = @id";

    public static readonly string SelectLive = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id
          AND phase IN ({PostgresSchema.LivePhases})
        """;

    // COLLATE "C" on the id tie-breakers: the order SQLite gives (bytewise), whatever the database's collation.
    public static readonly string SelectScheduled = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id
          AND phase = 'Scheduled'
        ORDER BY scheduled_for, created_at, id COLLATE "C"
        """;

    public static readonly string SelectUnfinished = $"SELECT {SessionColumns} FROM sessions WHERE phase <> 'Ended' ORDER BY created_at, id COLLATE \"C\"";

    public const string SelectReactions = """
        SELECT r.seq, r.emoji, r.note, r.position_ms, r.user_id, r.user_name, r.at, s.platform
        FROM reactions r JOIN sessions s ON s.id = r.session_id
        WHERE r.session_id = @session_id ORDER BY r.seq
        """;

    public const string InsertOutbox = """
        INSERT INTO outbox (platform, space_id, channel_id, kind, session_id, facts, created_at)
        VALUES (@platform, @space_id, @channel_id, @kind, @session_id, @facts, @created_at)
        RETURNING id
        """;

    /// <summary>A channel's outbox lock, until the transaction ends (namespace 22338, "WB", apart from other advisory locks).</summary>
    public const string LockOutboxChannel = "SELECT pg_advisory_xact_lock(22338, hashtext(@channel))";

    public const string SelectPendingOutbox = """
        SELECT id, platform, space_id, channel_id, kind, session_id, facts, created_at, attempts
        FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT @limit
        """;

    /// <summary>Only a pending entry is marked: a second mark keeps the first instant.</summary>
    public const string MarkOutboxSent = "UPDATE outbox SET sent_at = @sent_at WHERE id = @id AND sent_at IS NULL";

    public const string MarkOutboxFailed = "UPDATE outbox SET attempts = attempts + 1 WHERE id = @id AND sent_at IS NULL";
}
