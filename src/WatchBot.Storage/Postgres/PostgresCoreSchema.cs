namespace WatchBot.Storage.Postgres;

/// <summary>Migration P1: every table the core stores use, in today's shape (see <see cref="PostgresSchema"/> for the conventions).</summary>
internal static class PostgresCoreSchema
{
    public const string Sql = $$"""
        CREATE TABLE sessions (
            id                        text        NOT NULL PRIMARY KEY,
            platform                  text        NOT NULL,
            space_id                  text        NOT NULL,
            channel_id                text        NOT NULL,
            title                     text        NOT NULL,
            host_id                   text        NOT NULL,
            host_name                 text        NOT NULL,
            phase                     text        NOT NULL
                CHECK (phase IN ('Scheduled', 'CountingDown', 'Playing', 'Paused', 'Ended')),
            policy                    text        NOT NULL
                CHECK (policy IN ('HostOnly', 'HostAndModerators', 'Everyone')),
            clock_anchor_at           timestamptz NOT NULL,
            clock_anchor_position_ms  bigint      NOT NULL,
            clock_running             boolean     NOT NULL,
            clock_played_ms           bigint      NOT NULL DEFAULT 0,
            runtime_ms                bigint,
            scheduled_for             timestamptz,
            countdown_target          timestamptz,
            created_at                timestamptz NOT NULL,
            started_at                timestamptz,
            ended_at                  timestamptz,
            end_reason                text
                CHECK (end_reason IN ('EndedByUser', 'Missed', 'ChannelBusy', 'ReachedEnd', 'Cancelled')),
            participants              jsonb       NOT NULL DEFAULT '[]',
            ready_user_ids            jsonb       NOT NULL DEFAULT '[]',
            waiting_since             timestamptz,
            -- How many reactions there are (the next sequence number), when each person last reacted
            -- (user id -> unix ms) and how many each made (user id -> count).
            reaction_count            bigint      NOT NULL DEFAULT 0,
            reaction_last_at          jsonb       NOT NULL DEFAULT '{}',
            reaction_counts           jsonb       NOT NULL DEFAULT '{}',
            -- Optimistic concurrency: a commit names the version it read.
            version                   bigint      NOT NULL DEFAULT 1,
            -- Movie nights: the series and the occurrence's local date, the booking's zone, the
            -- calendar revision (iCalendar SEQUENCE), RSVPs, seats, reminder leads planned and sent (ms).
            series_id                 text,
            occurrence_date           date,
            time_zone                 text,
            revision                  bigint      NOT NULL DEFAULT 0,
            rsvps                     jsonb       NOT NULL DEFAULT '[]',
            seats                     integer,
            reminder_leads            jsonb       NOT NULL DEFAULT '[]',
            reminders_sent            jsonb       NOT NULL DEFAULT '[]',
            -- Moderation: ids removed by a moderator, locked to its participants, age-restricted.
            kicked                    jsonb       NOT NULL DEFAULT '[]',
            locked                    boolean     NOT NULL DEFAULT false,
            adult                     boolean     NOT NULL DEFAULT false,
            -- Breaks: each person's latest ask, and the pauses that answered asks.
            break_requests            jsonb       NOT NULL DEFAULT '[]',
            breaks_taken              jsonb       NOT NULL DEFAULT '[]',
            -- Ready check: null wait means none; null count with a wait means everyone going.
            ready_count               integer     CHECK (ready_count IS NULL OR ready_count > 0),
            ready_wait_ms             bigint      CHECK (ready_wait_ms IS NULL OR ready_wait_ms > 0),
            ready_countdown_ms        bigint,
            ready_opened_at           timestamptz,
            ready_deadline            timestamptz,
            CHECK ((series_id IS NULL) = (occurrence_date IS NULL))
        );

        -- The last line of the one-live-session-per-channel rule; the rules check it first.
        CREATE UNIQUE INDEX {{PostgresSchema.LiveIndex}}
            ON sessions (platform, space_id, channel_id)
            WHERE phase IN ({{PostgresSchema.LivePhases}});

        CREATE INDEX ix_sessions_channel_phase
            ON sessions (platform, space_id, channel_id, phase, scheduled_for);

        CREATE INDEX ix_sessions_space_phase
            ON sessions (platform, space_id, phase, scheduled_for);

        CREATE INDEX ix_sessions_unfinished
            ON sessions (created_at, id) WHERE phase <> 'Ended';

        -- An occurrence of a series is booked once, however many writers generate it.
        CREATE UNIQUE INDEX {{PostgresSchema.OccurrenceIndex}}
            ON sessions (series_id, occurrence_date)
            WHERE series_id IS NOT NULL;

        CREATE TABLE reactions (
            session_id   text        NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            seq          bigint      NOT NULL,
            emoji        text        NOT NULL,
            note         text,
            position_ms  bigint      NOT NULL,
            user_id      text        NOT NULL,
            user_name    text        NOT NULL,
            at           timestamptz NOT NULL,
            PRIMARY KEY (session_id, seq)
        );

        -- Channel announcements committed with the state change that caused them, sent in id order.
        CREATE TABLE outbox (
            id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            platform    text        NOT NULL,
            space_id    text        NOT NULL,
            channel_id  text        NOT NULL,
            kind        text        NOT NULL,
            session_id  text        NOT NULL,
            -- json, not jsonb: the notice's facts come back byte for byte (jsonb would reorder keys,
            -- and a polymorphic "$type" must stay first for System.Text.Json).
            facts       json        NOT NULL,
            created_at  timestamptz NOT NULL,
            attempts    integer     NOT NULL DEFAULT 0,
            sent_at     timestamptz
        );

        CREATE INDEX ix_outbox_pending ON outbox (id) WHERE sent_at IS NULL;

        -- What platform adapters remember about their own messages; opaque to everything else.
        CREATE TABLE platform_links (
            platform  text NOT NULL,
            key       text NOT NULL,
            value     text NOT NULL,
            PRIMARY KEY (platform, key)
        );

        -- Moderators added by moderators, where the platform cannot tell us (Slack).
        CREATE TABLE space_moderators (
            platform  text NOT NULL,
            space_id  text NOT NULL,
            user_id   text NOT NULL,
            added_by  text NOT NULL,
            PRIMARY KEY (platform, space_id, user_id)
        );

        -- What moderators set for a whole space; null is "not set: the configured default".
        CREATE TABLE space_settings (
            platform                 text    NOT NULL,
            space_id                 text    NOT NULL,
            time_zone                text,
            permissions              jsonb,
            control_falls_above      integer CHECK (control_falls_above >= 0),
            audit_channel_id         text,
            age_restricted_channels  jsonb,
            break_auto               text,
            version                  bigint  NOT NULL,
            PRIMARY KEY (platform, space_id)
        );

        CREATE TABLE reminder_opt_outs (
            platform  text        NOT NULL,
            space_id  text        NOT NULL,
            user_id   text        NOT NULL,
            since     timestamptz NOT NULL,
            PRIMARY KEY (platform, space_id, user_id)
        );

        -- One feed per space; only the SHA-256 of its secret is kept.
        CREATE TABLE calendar_feeds (
            platform     text        NOT NULL,
            space_id     text        NOT NULL,
            secret_hash  bytea       NOT NULL CHECK (length(secret_hash) = 32),
            created_at   timestamptz NOT NULL,
            PRIMARY KEY (platform, space_id)
        );

        CREATE UNIQUE INDEX ux_calendar_feeds_secret_hash ON calendar_feeds (secret_hash);

        CREATE TABLE audit_log (
            id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            platform      text        NOT NULL,
            space_id      text        NOT NULL,
            at            timestamptz NOT NULL,
            action        text        NOT NULL,
            by_id         text,
            by_name       text,
            subject_id    text,
            subject_name  text,
            detail        text,
            reason        text,
            CHECK ((by_id IS NULL) = (by_name IS NULL)),
            CHECK ((subject_id IS NULL) = (subject_name IS NULL))
        );

        CREATE INDEX ix_audit_log_space_latest ON audit_log (platform, space_id, at DESC, id DESC);
        CREATE INDEX ix_audit_log_at ON audit_log (at);

        -- One row per banned person per space; until null lasts until someone unbans.
        CREATE TABLE bans (
            platform    text        NOT NULL,
            space_id    text        NOT NULL,
            user_id     text        NOT NULL,
            until       timestamptz,
            reason      text,
            by_id       text        NOT NULL,
            created_at  timestamptz NOT NULL,
            PRIMARY KEY (platform, space_id, user_id)
        );
        """;
}
