namespace WatchBot.Storage.Postgres.Series;

/// <summary>
/// Migration P10: the <c>series</c> table, the PostgreSQL twin of SQLite's migration 10 with the
/// columns SQLite has today. Local dates are <c>date</c> and the local time of day <c>time</c> (both in
/// the series' zone), instants <c>timestamptz</c>, the runtime milliseconds; skipped dates
/// (yyyy-MM-dd) and reminder leads (milliseconds) are JSON arrays.
/// </summary>
internal static class PostgresSeriesSchema
{
    public static PostgresMigration Migration { get; } = new(10, "recurring movie nights", """
        CREATE TABLE series (
            id               text        NOT NULL PRIMARY KEY,
            platform         text        NOT NULL,
            space_id         text        NOT NULL,
            channel_id       text        NOT NULL,
            title            text        NOT NULL,
            host_id          text        NOT NULL,
            host_name        text        NOT NULL,
            time_zone        text        NOT NULL,
            local_time       time        NOT NULL,
            first_date       date        NOT NULL,
            repeat_kind      text        NOT NULL,
            repeat_interval  integer     NOT NULL CHECK (repeat_interval >= 1),
            until_date       date,
            runtime_ms       bigint,
            policy           text,
            seats            integer,
            reminder_leads   jsonb       NOT NULL DEFAULT '[]',
            skipped          jsonb       NOT NULL DEFAULT '[]',
            last_booked      date,
            created_at       timestamptz NOT NULL,
            ended_at         timestamptz,
            version          bigint      NOT NULL CHECK (version >= 1)
        );

        -- What commands (a channel's series) and start-up (every active one) read.
        CREATE INDEX ix_series_active_channel ON series (platform, space_id, channel_id) WHERE ended_at IS NULL;
        """);
}
