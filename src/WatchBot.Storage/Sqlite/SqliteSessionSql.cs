namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Every query and write of the session store. Parameters are named after their columns; the shape of
/// the database is in <see cref="SqliteSchema"/>.
/// </summary>
internal static class SqliteSessionSql
{
    private const string SessionColumns = """
        id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
        clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
        scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
        participants, ready_user_ids, waiting_since, clock_played_ms,
        reaction_count, reaction_last_at, version,
        series_id, occurrence_date, time_zone, revision, rsvps, seats, reminder_leads, reminders_sent,
        kicked, locked, reaction_counts,
        adult,
        break_requests, breaks_taken,
        ready_count, ready_wait_ms, ready_countdown_ms, ready_opened_at, ready_deadline
        """;

    /// <summary>
    /// Insert or update in place, whatever the stored version. Never <c>INSERT OR REPLACE</c>: REPLACE
    /// deletes the old row (and so its reactions), and would silently delete another live session
    /// instead of refusing the save.
    /// </summary>
    public const string Upsert = $"{UpsertBody};";

    /// <summary>
    /// <see cref="Upsert"/> only while the stored row is at <c>@expected_version</c> (a new row is
    /// inserted at 1): no row changed means another writer saved first.
    /// </summary>
    public const string UpsertExpecting = $"{UpsertBody} WHERE sessions.version = @expected_version;";

    private const string UpsertBody = $"""
        INSERT INTO sessions ({SessionColumns})
        VALUES (
            @id, @platform, @space_id, @channel_id, @title, @host_id, @host_name, @phase, @policy,
            @clock_anchor_at, @clock_anchor_position_ms, @clock_running, @runtime_ms,
            @scheduled_for, @countdown_target, @created_at, @started_at, @ended_at, @end_reason,
            @participants, @ready_user_ids, @waiting_since, @clock_played_ms,
            @reaction_count, @reaction_last_at, 1,
            @series_id, @occurrence_date, @time_zone, @revision, @rsvps, @seats, @reminder_leads, @reminders_sent,
            @kicked, @locked, @reaction_counts,
            @adult,
            @break_requests, @breaks_taken,
            @ready_count, @ready_wait_ms, @ready_countdown_ms, @ready_opened_at, @ready_deadline)
        ON CONFLICT (id) DO UPDATE SET
            platform = excluded.platform,
            space_id = excluded.space_id,
            channel_id = excluded.channel_id,
            title = excluded.title,
            host_id = excluded.host_id,
            host_name = excluded.host_name,
            phase = excluded.phase,
            policy = excluded.policy,
            clock_anchor_at = excluded.clock_anchor_at,
            clock_anchor_position_ms = excluded.clock_anchor_position_ms,
            clock_running = excluded.clock_running,
            runtime_ms = excluded.runtime_ms,
            scheduled_for = excluded.scheduled_for,
            countdown_target = excluded.countdown_target,
            created_at = excluded.created_at,
            started_at = excluded.started_at,
            ended_at = excluded.ended_at,
            end_reason = excluded.end_reason,
            participants = excluded.participants,
            ready_user_ids = excluded.ready_user_ids,
            waiting_since = excluded.waiting_since,
            clock_played_ms = excluded.clock_played_ms,
            reaction_count = excluded.reaction_count,
            reaction_last_at = excluded.reaction_last_at,
            series_id = excluded.series_id,
            occurrence_date = excluded.occurrence_date,
            time_zone = excluded.time_zone,
            revision = excluded.revision,
            rsvps = excluded.rsvps,
            seats = excluded.seats,
            reminder_leads = excluded.reminder_leads,
            reminders_sent = excluded.reminders_sent,
            kicked = excluded.kicked,
            locked = excluded.locked,
            reaction_counts = excluded.reaction_counts,
            adult = excluded.adult,
            break_requests = excluded.break_requests,
            breaks_taken = excluded.breaks_taken,
            ready_count = excluded.ready_count,
            ready_wait_ms = excluded.ready_wait_ms,
            ready_countdown_ms = excluded.ready_countdown_ms,
            ready_opened_at = excluded.ready_opened_at,
            ready_deadline = excluded.ready_deadline,
            version = sessions.version + 1
        """;

    /// <summary>Reactions are append-only: a sequence already stored is kept as it was.</summary>
    public const string InsertReaction = """
        INSERT OR IGNORE INTO reactions (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
        VALUES (@session_id, @seq, @emoji, @note, @position_ms, @user_id, @user_name, @at);
        """;

    public const string SelectById = $"SELECT {SessionColumns} FROM sessions WHERE id = @id;";

    public const string SelectLive = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id
          AND phase IN ({SqliteSchema.LivePhases});
        """;

    public const string SelectScheduled = $"""
        SELECT {SessionColumns} FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id
          AND phase = 'Scheduled'
        ORDER BY scheduled_for, created_at, id;
        """;

    public const string SelectUnfinished = $"SELECT {SessionColumns} FROM sessions WHERE phase <> 'Ended' ORDER BY created_at, id;";

    public const string SelectReactions = """
        SELECT r.seq, r.emoji, r.note, r.position_ms, r.user_id, r.user_name, r.at, s.platform
        FROM reactions r JOIN sessions s ON s.id = r.session_id
        WHERE r.session_id = @session_id ORDER BY r.seq;
        """;

    public const string InsertOutbox = """
        INSERT INTO outbox (platform, space_id, channel_id, kind, session_id, facts, created_at)
        VALUES (@platform, @space_id, @channel_id, @kind, @session_id, @facts, @created_at)
        RETURNING id;
        """;

    public const string SelectPendingOutbox = """
        SELECT id, platform, space_id, channel_id, kind, session_id, facts, created_at, attempts
        FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT @limit;
        """;

    /// <summary>Only a pending entry is marked: a second mark keeps the first instant.</summary>
    public const string MarkOutboxSent = "UPDATE outbox SET sent_at = @sent_at WHERE id = @id AND sent_at IS NULL;";

    public const string MarkOutboxFailed = "UPDATE outbox SET attempts = attempts + 1 WHERE id = @id AND sent_at IS NULL;";
}
