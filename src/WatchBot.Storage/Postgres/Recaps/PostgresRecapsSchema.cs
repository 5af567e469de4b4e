namespace WatchBot.Storage.Postgres.Recaps;

/// <summary>
/// Migration P12: the <c>recaps</c> table, the PostgreSQL twin of SQLite's migration 21: one row per
/// ended session that had a recap, written in the session's final commit. <c>content</c> is the recap
/// as JSON (people as <c>platform:id</c> with their names, as the outbox writes them), which forget-me
/// and retention search and clear (see PRIVACY.md).
/// </summary>
internal static class PostgresRecapsSchema
{
    public static PostgresMigration Migration { get; } = new(12, "stored recaps", """
        CREATE TABLE recaps (
            session_id  text        NOT NULL PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            platform    text        NOT NULL,
            space_id    text        NOT NULL,
            channel_id  text        NOT NULL,
            ended_at    timestamptz NOT NULL,
            content     jsonb       NOT NULL
        );

        -- /watch recap reads the channel's latest.
        CREATE INDEX ix_recaps_channel_ended ON recaps (platform, space_id, channel_id, ended_at);
        """);
}
