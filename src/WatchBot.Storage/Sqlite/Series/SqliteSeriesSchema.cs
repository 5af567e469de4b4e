namespace WatchBot.Storage.Sqlite.Series;

/// <summary>
/// Migration 10: the <c>series</c> table, one row per recurring movie night, every member of
/// <see cref="WatchBot.Core.Features.MovieNights.MovieSeries"/>. Dates are local dates (yyyy-MM-dd) in the
/// series' zone, the time of day is local (HH:mm:ss), instants are unix milliseconds; skipped dates and
/// reminder leads (milliseconds) are JSON arrays.
/// </summary>
internal static class SqliteSeriesSchema
{
    public static SqliteMigration Migration { get; } = new(10, "recurring movie nights", """
        CREATE TABLE series (
            id               TEXT    NOT NULL PRIMARY KEY,
            platform         TEXT    NOT NULL,
            space_id         TEXT    NOT NULL,
            channel_id       TEXT    NOT NULL,
            title            TEXT    NOT NULL,
            host_id          TEXT    NOT NULL,
            host_name        TEXT    NOT NULL,
            time_zone        TEXT    NOT NULL,
            local_time       TEXT    NOT NULL,
            first_date       TEXT    NOT NULL,
            repeat_kind      TEXT    NOT NULL,
            repeat_interval  INTEGER NOT NULL CHECK (repeat_interval >= 1),
            until_date       TEXT,
            runtime_ms       INTEGER,
            policy           TEXT,
            seats            INTEGER,
            reminder_leads   TEXT    NOT NULL DEFAULT '[]',
            skipped          TEXT    NOT NULL DEFAULT '[]',
            last_booked      TEXT,
            created_at       INTEGER NOT NULL,
            ended_at         INTEGER,
            version          INTEGER NOT NULL CHECK (version >= 1)
        ) STRICT;

        -- What commands (a channel's series) and start-up (every active one) read.
        CREATE INDEX ix_series_active_channel ON series (platform, space_id, channel_id) WHERE ended_at IS NULL;
        """);
}
