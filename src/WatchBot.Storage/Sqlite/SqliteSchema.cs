namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Every statement that shapes the SQLite database: connection settings and the ordered migrations.
/// The queries live in <see cref="SqliteSessionSql"/>. A PostgreSQL provider would mirror these two
/// files; the conventions it must keep are: instants are unix milliseconds (UTC), durations are
/// milliseconds, enums are stored by member name, participants, ready ids, the last reaction per person, RSVPs and reminder leads are JSON, local dates are yyyy-MM-dd.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The phases that occupy a channel (<c>SessionPhaseExtensions.IsLive</c>); the index below repeats them.</summary>
    public const string LivePhases = "'CountingDown', 'Playing', 'Paused'";

    /// <summary>
    /// How SQLite names the live-session index when it refuses a row: the index's columns. A
    /// constraint error naming anything else is not a live-session conflict.
    /// </summary>
    public const string LiveIndexColumns = "sessions.platform, sessions.space_id, sessions.channel_id";

    /// <summary>How SQLite names the occurrence index when it refuses a row (version 8): an occurrence already booked.</summary>
    public const string OccurrenceIndexColumns = "sessions.series_id, sessions.occurrence_date";

    /// <summary>Run outside any transaction; the journal mode is a property of the file and persists.</summary>
    public const string EnableWal = "PRAGMA journal_mode = WAL;";

    public const string ReadVersion = "PRAGMA user_version;";

    /// <summary>
    /// Per-connection settings, run on every open (pooled connections included). FULL syncs the WAL
    /// on every commit, so a committed save survives <c>kill -9</c> and power loss alike. The page
    /// cache is <see cref="CacheKibPerConnection"/> per connection instead of SQLite's 2,000 KiB.
    /// </summary>
    public static string ConnectionPragmas(int busyTimeoutMilliseconds) => $"""
        PRAGMA foreign_keys = ON;
        PRAGMA synchronous = FULL;
        PRAGMA busy_timeout = {busyTimeoutMilliseconds};
        PRAGMA cache_size = -{CacheKibPerConnection};
        """;

    /// <summary>
    /// Every pooled connection keeps its own page cache in native memory for as long as it lives; a
    /// burst of concurrent commands opens many (2 MiB each by default). Reads beyond this come from the
    /// operating system's file cache (a system call, no disk), and writes go to the WAL regardless.
    /// </summary>
    public const int CacheKibPerConnection = 256;

    /// <summary>PRAGMA takes no parameters; the version is our own integer, never input.</summary>
    public static string WriteVersion(int version) => $"PRAGMA user_version = {version};";

    /// <summary>Append only. Never edit a migration that has shipped: add the next one.</summary>
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "sessions and reactions", $"""
            CREATE TABLE sessions (
                id                        TEXT    NOT NULL PRIMARY KEY,
                platform                  TEXT    NOT NULL,
                space_id                  TEXT    NOT NULL,
                channel_id                TEXT    NOT NULL,
                title                     TEXT    NOT NULL,
                host_id                   TEXT    NOT NULL,
                host_name                 TEXT    NOT NULL,
                phase                     TEXT    NOT NULL
                    CHECK (phase IN ('Scheduled', 'CountingDown', 'Playing', 'Paused', 'Ended')),
                policy                    TEXT    NOT NULL
                    CHECK (policy IN ('HostOnly', 'HostAndModerators', 'Everyone')),
                clock_anchor_at           INTEGER NOT NULL,
                clock_anchor_position_ms  INTEGER NOT NULL,
                clock_running             INTEGER NOT NULL CHECK (clock_running IN (0, 1)),
                runtime_ms                INTEGER,
                scheduled_for             INTEGER,
                countdown_target          INTEGER,
                created_at                INTEGER NOT NULL,
                started_at                INTEGER,
                ended_at                  INTEGER,
                end_reason                TEXT
                    CHECK (end_reason IN ('EndedByUser', 'Missed', 'ChannelBusy')),
                participants              TEXT    NOT NULL DEFAULT '[]',
                ready_user_ids            TEXT    NOT NULL DEFAULT '[]'
            ) STRICT;

            -- The last line of the one-live-session-per-channel rule; the rules check it first.
            CREATE UNIQUE INDEX ux_sessions_live_channel
                ON sessions (platform, space_id, channel_id)
                WHERE phase IN ({LivePhases});

            CREATE INDEX ix_sessions_channel_phase
                ON sessions (platform, space_id, channel_id, phase, scheduled_for);

            CREATE TABLE reactions (
                session_id  TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                seq         INTEGER NOT NULL,
                emoji       TEXT    NOT NULL,
                note        TEXT,
                position_ms INTEGER NOT NULL,
                user_id     TEXT    NOT NULL,
                user_name   TEXT    NOT NULL,
                at          INTEGER NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) STRICT, WITHOUT ROWID;
            """),
        new(2, "platform links and space moderators", """
            -- What platform adapters remember about their own messages (session message ids, Slack
            -- scheduled message ids). Opaque to everything but the adapter that wrote it.
            CREATE TABLE platform_links (
                platform    TEXT    NOT NULL,
                key         TEXT    NOT NULL,
                value       TEXT    NOT NULL,
                PRIMARY KEY (platform, key)
            ) STRICT, WITHOUT ROWID;

            -- Moderators added by moderators, where the platform cannot tell us (Slack).
            CREATE TABLE space_moderators (
                platform    TEXT    NOT NULL,
                space_id    TEXT    NOT NULL,
                user_id     TEXT    NOT NULL,
                added_by    TEXT    NOT NULL,
                PRIMARY KEY (platform, space_id, user_id)
            ) STRICT, WITHOUT ROWID;
            """),
        new(3, "sessions that wait for their channel, and sessions that reach their end", $"""
            -- SQLite cannot change a CHECK constraint in place, so sessions (and reactions, whose foreign
            -- key must follow it) are rebuilt: copied into new tables, the old ones dropped, the new ones
            -- renamed. Reactions go first so that dropping the old sessions cascades to nothing.
            CREATE TABLE sessions_v3 (
                id                        TEXT    NOT NULL PRIMARY KEY,
                platform                  TEXT    NOT NULL,
                space_id                  TEXT    NOT NULL,
                channel_id                TEXT    NOT NULL,
                title                     TEXT    NOT NULL,
                host_id                   TEXT    NOT NULL,
                host_name                 TEXT    NOT NULL,
                phase                     TEXT    NOT NULL
                    CHECK (phase IN ('Scheduled', 'CountingDown', 'Playing', 'Paused', 'Ended')),
                policy                    TEXT    NOT NULL
                    CHECK (policy IN ('HostOnly', 'HostAndModerators', 'Everyone')),
                clock_anchor_at           INTEGER NOT NULL,
                clock_anchor_position_ms  INTEGER NOT NULL,
                clock_running             INTEGER NOT NULL CHECK (clock_running IN (0, 1)),
                runtime_ms                INTEGER,
                scheduled_for             INTEGER,
                countdown_target          INTEGER,
                created_at                INTEGER NOT NULL,
                started_at                INTEGER,
                ended_at                  INTEGER,
                end_reason                TEXT
                    CHECK (end_reason IN ('EndedByUser', 'Missed', 'ChannelBusy', 'ReachedEnd')),
                participants              TEXT    NOT NULL DEFAULT '[]',
                ready_user_ids            TEXT    NOT NULL DEFAULT '[]',
                waiting_since             INTEGER
            ) STRICT;

            INSERT INTO sessions_v3 (
                id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
                scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
                participants, ready_user_ids)
            SELECT
                id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
                scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
                participants, ready_user_ids
            FROM sessions;

            CREATE TABLE reactions_v3 (
                session_id  TEXT    NOT NULL REFERENCES sessions_v3 (id) ON DELETE CASCADE,
                seq         INTEGER NOT NULL,
                emoji       TEXT    NOT NULL,
                note        TEXT,
                position_ms INTEGER NOT NULL,
                user_id     TEXT    NOT NULL,
                user_name   TEXT    NOT NULL,
                at          INTEGER NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) STRICT, WITHOUT ROWID;

            INSERT INTO reactions_v3 (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
            SELECT session_id, seq, emoji, note, position_ms, user_id, user_name, at FROM reactions;

            DROP TABLE reactions;
            DROP TABLE sessions;

            -- Renaming a parent table rewrites the foreign keys that name it: reactions_v3 now refers to sessions.
            ALTER TABLE sessions_v3 RENAME TO sessions;
            ALTER TABLE reactions_v3 RENAME TO reactions;

            CREATE UNIQUE INDEX ux_sessions_live_channel
                ON sessions (platform, space_id, channel_id)
                WHERE phase IN ({LivePhases});

            CREATE INDEX ix_sessions_channel_phase
                ON sessions (platform, space_id, channel_id, phase, scheduled_for);
            """),
        new(4, "played time", """
            -- Media time the shared clock has played in its earlier stretches (MediaClock.PlayedBefore),
            -- so the recap counts time played, not time since the start. Sessions already under way
            -- are taken to have played up to their anchor position: the best estimate there is.
            ALTER TABLE sessions ADD COLUMN clock_played_ms INTEGER NOT NULL DEFAULT 0;
            UPDATE sessions SET clock_played_ms = clock_anchor_position_ms WHERE started_at IS NOT NULL;
            """),
        new(5, "reaction summary", """
            -- Reactions become facts read only by the recap; a session keeps what its decisions need:
            -- how many there are (the next sequence number) and when each person last reacted (the
            -- rate limit), as a JSON object of user id -> unix milliseconds. Filled from the stored reactions.
            ALTER TABLE sessions ADD COLUMN reaction_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sessions ADD COLUMN reaction_last_at TEXT NOT NULL DEFAULT '{}';
            UPDATE sessions SET
                reaction_count = (SELECT COALESCE(MAX(seq), 0) FROM reactions WHERE reactions.session_id = sessions.id),
                reaction_last_at = COALESCE(
                    (SELECT json_group_object(user_id, last_at)
                     FROM (SELECT user_id, MAX(at) AS last_at FROM reactions WHERE reactions.session_id = sessions.id GROUP BY user_id)),
                    '{}');
            """),
        new(6, "session versions and the outbox", """
            -- Optimistic concurrency: a commit names the version it read and is refused if the row moved on.
            ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

            -- Channel announcements committed with the state change that caused them, sent by the relay
            -- in id order per channel and then marked sent. Facts are the notice's own values as JSON;
            -- the session is read from its row when a notice has to be rebuilt (after a restart).
            CREATE TABLE outbox (
                id          INTEGER PRIMARY KEY, -- a new id is above every stored one: the order of sending
                platform    TEXT    NOT NULL,
                space_id    TEXT    NOT NULL,
                channel_id  TEXT    NOT NULL,
                kind        TEXT    NOT NULL,
                session_id  TEXT    NOT NULL,
                facts       TEXT    NOT NULL,
                created_at  INTEGER NOT NULL,
                attempts    INTEGER NOT NULL DEFAULT 0,
                sent_at     INTEGER
            ) STRICT;

            CREATE INDEX ix_outbox_pending ON outbox (id) WHERE sent_at IS NULL;
            """),
        new(7, "one link key scheme for every platform", """
            -- The platform kit keeps one key scheme (issue 9): a session's card is card:session:{id}, a GO
            -- arranged ahead is ahead:go:{id}. Links written by the adapters before it keep working: a card
            -- posted before the upgrade is still edited in place, and a GO Slack already queued is still
            -- claimed once instead of posted twice.
            UPDATE platform_links SET key = 'card:session:' || substr(key, 17) WHERE platform = 'discord' AND key LIKE 'session-message:%';
            UPDATE platform_links SET key = 'card:session:' || substr(key, 5) WHERE platform = 'slack' AND key LIKE 'msg:%';
            UPDATE platform_links SET key = 'ahead:go:' || substr(key, 7) WHERE platform = 'slack' AND key LIKE 'sched:%';

            -- Announcements pending in the format before (a notice's facts without its session) cannot be
            -- read as whole notices: they were sent or given up by the version that wrote them at its
            -- last start-up; any left are marked sent rather than dropped one by one with a warning.
            UPDATE outbox SET sent_at = created_at WHERE sent_at IS NULL;
            """),
        new(8, "movie nights: bookings that can be cancelled, series occurrences, RSVPs and reminders", $$"""
            -- A new end reason (Cancelled) widens a CHECK, which SQLite cannot change in place: sessions are
            -- rebuilt as in version 3, with every column versions 1-7 gave them plus the movie-night ones, and
            -- reactions are rebuilt first so that dropping the old sessions cascades to nothing. The outbox
            -- names its session by id without a foreign key, and platform links by key: neither is touched.
            CREATE TABLE sessions_v8 (
                id                        TEXT    NOT NULL PRIMARY KEY,
                platform                  TEXT    NOT NULL,
                space_id                  TEXT    NOT NULL,
                channel_id                TEXT    NOT NULL,
                title                     TEXT    NOT NULL,
                host_id                   TEXT    NOT NULL,
                host_name                 TEXT    NOT NULL,
                phase                     TEXT    NOT NULL
                    CHECK (phase IN ('Scheduled', 'CountingDown', 'Playing', 'Paused', 'Ended')),
                policy                    TEXT    NOT NULL
                    CHECK (policy IN ('HostOnly', 'HostAndModerators', 'Everyone')),
                clock_anchor_at           INTEGER NOT NULL,
                clock_anchor_position_ms  INTEGER NOT NULL,
                clock_running             INTEGER NOT NULL CHECK (clock_running IN (0, 1)),
                runtime_ms                INTEGER,
                scheduled_for             INTEGER,
                countdown_target          INTEGER,
                created_at                INTEGER NOT NULL,
                started_at                INTEGER,
                ended_at                  INTEGER,
                end_reason                TEXT
                    CHECK (end_reason IN ('EndedByUser', 'Missed', 'ChannelBusy', 'ReachedEnd', 'Cancelled')),
                participants              TEXT    NOT NULL DEFAULT '[]',
                ready_user_ids            TEXT    NOT NULL DEFAULT '[]',
                waiting_since             INTEGER,
                clock_played_ms           INTEGER NOT NULL DEFAULT 0,
                reaction_count            INTEGER NOT NULL DEFAULT 0,
                reaction_last_at          TEXT    NOT NULL DEFAULT '{}',
                version                   INTEGER NOT NULL DEFAULT 1,
                -- Which occurrence of a recurring movie night this is: the series and its local date (yyyy-MM-dd).
                series_id                 TEXT,
                occurrence_date           TEXT,
                -- The IANA zone the booking's time was read in.
                time_zone                 TEXT,
                -- What a calendar or a Discord event shows changed this many times (iCalendar SEQUENCE).
                revision                  INTEGER NOT NULL DEFAULT 0,
                -- JSON array of {id, name, answer, since}: ids of the session's platform, answer by name, since in unix ms.
                rsvps                     TEXT    NOT NULL DEFAULT '[]',
                seats                     INTEGER,
                -- JSON arrays of milliseconds before the start: the reminders planned, and those already committed.
                reminder_leads            TEXT    NOT NULL DEFAULT '[]',
                reminders_sent            TEXT    NOT NULL DEFAULT '[]',
                CHECK ((series_id IS NULL) = (occurrence_date IS NULL))
            ) STRICT;

            INSERT INTO sessions_v8 (
                id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
                scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
                participants, ready_user_ids, waiting_since, clock_played_ms,
                reaction_count, reaction_last_at, version)
            SELECT
                id, platform, space_id, channel_id, title, host_id, host_name, phase, policy,
                clock_anchor_at, clock_anchor_position_ms, clock_running, runtime_ms,
                scheduled_for, countdown_target, created_at, started_at, ended_at, end_reason,
                participants, ready_user_ids, waiting_since, clock_played_ms,
                reaction_count, reaction_last_at, version
            FROM sessions;

            CREATE TABLE reactions_v8 (
                session_id  TEXT    NOT NULL REFERENCES sessions_v8 (id) ON DELETE CASCADE,
                seq         INTEGER NOT NULL,
                emoji       TEXT    NOT NULL,
                note        TEXT,
                position_ms INTEGER NOT NULL,
                user_id     TEXT    NOT NULL,
                user_name   TEXT    NOT NULL,
                at          INTEGER NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) STRICT, WITHOUT ROWID;

            INSERT INTO reactions_v8 (session_id, seq, emoji, note, position_ms, user_id, user_name, at)
            SELECT session_id, seq, emoji, note, position_ms, user_id, user_name, at FROM reactions;

            DROP TABLE reactions;
            DROP TABLE sessions;

            -- Renaming a parent table rewrites the foreign keys that name it: reactions_v8 now refers to sessions.
            ALTER TABLE sessions_v8 RENAME TO sessions;
            ALTER TABLE reactions_v8 RENAME TO reactions;

            CREATE UNIQUE INDEX ux_sessions_live_channel
                ON sessions (platform, space_id, channel_id)
                WHERE phase IN ({{LivePhases}});

            CREATE INDEX ix_sessions_channel_phase
                ON sessions (platform, space_id, channel_id, phase, scheduled_for);

            -- An occurrence of a series is booked once, however many writers generate it.
            CREATE UNIQUE INDEX ux_sessions_occurrence
                ON sessions (series_id, occurrence_date)
                WHERE series_id IS NOT NULL;
            """),
        new(9, "space settings", """
            -- What moderators set for a whole space (/watch settings), one row per space, saved whole at the
            -- version it was read. Each setting is its own nullable column, null meaning "not set: the configured
            -- default", so a later setting (permissions, an audit channel...) is one ADD COLUMN and no rebuild.
            CREATE TABLE space_settings (
                platform    TEXT    NOT NULL,
                space_id    TEXT    NOT NULL,
                time_zone   TEXT,
                version     INTEGER NOT NULL,
                PRIMARY KEY (platform, space_id)
            ) STRICT, WITHOUT ROWID;
            """),
        Series.SqliteSeriesSchema.Migration,
        new(11, "reminder opt-outs", """
            -- People who turned reminders off for themselves (/watch reminders off), per platform and space:
            -- a reminder never mentions them. A row is an opt-out; turning reminders on deletes it.
            CREATE TABLE reminder_opt_outs (
                platform    TEXT    NOT NULL,
                space_id    TEXT    NOT NULL,
                user_id     TEXT    NOT NULL,
                since       INTEGER NOT NULL,
                PRIMARY KEY (platform, space_id, user_id)
            ) STRICT, WITHOUT ROWID;
            """),
        new(12, "calendar feeds", """
            -- One feed per space. Only the SHA-256 hash of its secret is kept, so the file alone gives
            -- out no feed address; a request finds its feed by that hash in one indexed lookup.
            CREATE TABLE calendar_feeds (
                platform     TEXT    NOT NULL,
                space_id     TEXT    NOT NULL,
                secret_hash  BLOB    NOT NULL CHECK (length(secret_hash) = 32),
                created_at   INTEGER NOT NULL,
                PRIMARY KEY (platform, space_id)
            ) STRICT, WITHOUT ROWID;

            CREATE UNIQUE INDEX ux_calendar_feeds_secret_hash ON calendar_feeds (secret_hash);

            -- The feed lists a whole space's bookings (every channel) by phase and start: without this
            -- it would walk every channel's rows of the space.
            CREATE INDEX ix_sessions_space_phase ON sessions (platform, space_id, phase, scheduled_for);
            """),
        Audit.SqliteAuditSchema.Migration,
        Bans.SqliteBansSchema.Migration,
        new(15, "kicked people, locks and reaction counts per person", """
            -- People a moderator removed from a session (ids, sorted, like ready_user_ids), whether it is
            -- locked to its participants, and how many reactions each person made (so a kicked person's
            -- can be left out of the count shown; rows from before count nobody's).
            ALTER TABLE sessions ADD COLUMN kicked TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1));
            ALTER TABLE sessions ADD COLUMN reaction_counts TEXT NOT NULL DEFAULT '{}';
            """),
        SqliteSpaceSettingsSchema.Migration,
        new(17, "age-restricted sessions", """
            -- A session booked or started with rated:18: allowed only in an age-restricted channel, and
            -- its card says so. 0 for every session stored before.
            ALTER TABLE sessions ADD COLUMN adult INTEGER NOT NULL DEFAULT 0 CHECK (adult IN (0, 1));
            """),
        SqliteBreaksSchema.Migration,
        SqliteReadyCheckSchema.Migration,
        Polls.SqlitePollsSchema.Migration,
        Recaps.SqliteRecapsSchema.Migration,
        new(22, "age-restricted nominations", """
            -- A title put forward with rated:18 (allowed only in an age-restricted channel); if it wins,
            -- the booking becomes 18+. 0 for every nomination stored before.
            ALTER TABLE poll_nominations ADD COLUMN adult INTEGER NOT NULL DEFAULT 0 CHECK (adult IN (0, 1));
            """),
        Fleet.SqliteFleetSchema.Migration,
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
