namespace WatchBot.Storage.Sqlite.Bans;

/// <summary>
/// Migration 14: the <c>bans</c> table, one row per banned person per space, keyed by platform id so a
/// ban survives renames. <c>until</c> and <c>created_at</c> are unix milliseconds; <c>until</c> null lasts
/// until someone unbans. An expired row no longer counts and is replaced by the next ban.
/// </summary>
internal static class SqliteBansSchema
{
    public static SqliteMigration Migration { get; } = new(14, "bans", """
        CREATE TABLE bans (
            platform    TEXT    NOT NULL,
            space_id    TEXT    NOT NULL,
            user_id     TEXT    NOT NULL,
            until       INTEGER,
            reason      TEXT,
            by_id       TEXT    NOT NULL,
            created_at  INTEGER NOT NULL,
            PRIMARY KEY (platform, space_id, user_id)
        ) STRICT, WITHOUT ROWID;
        """);
}
