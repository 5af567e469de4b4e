namespace WatchBot.Storage.Sqlite.Recaps;

/// <summary>
/// Migration 21: the <c>recaps</c> table, one row per ended session that had a recap, written in the
/// session's final commit. <c>content</c> is the recap as JSON (people as <c>platform:id</c> with their
/// names, as the outbox writes them), so forget-me and retention clear it the way they clear sent
/// announcements (see PRIVACY.md). <c>ended_at</c> is unix milliseconds.
/// </summary>
internal static class SqliteRecapsSchema
{
    public static SqliteMigration Migration { get; } = new(21, "stored recaps", """
        CREATE TABLE recaps (
            session_id  TEXT    NOT NULL PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            platform    TEXT    NOT NULL,
            space_id    TEXT    NOT NULL,
            channel_id  TEXT    NOT NULL,
            ended_at    INTEGER NOT NULL,
            content     TEXT    NOT NULL
        ) STRICT;

        -- /watch recap reads the channel's latest.
        CREATE INDEX ix_recaps_channel_ended ON recaps (platform, space_id, channel_id, ended_at);
        """);
}
