namespace WatchBot.Storage.Sqlite.Polls;

/// <summary>
/// Migration 20: movie polls. <c>polls</c> holds one row per poll (what it decides, when it closes,
/// its result, its version); <c>poll_nominations</c> the titles put forward, numbered for good; and
/// <c>poll_votes</c> each voter's current choice. Instants are unix milliseconds; people are their
/// platform id (the poll's channel says which platform).
/// </summary>
internal static class SqlitePollsSchema
{
    public static SqliteMigration Migration { get; } = new(20, "movie polls", """
        CREATE TABLE polls (
            id              TEXT    NOT NULL PRIMARY KEY,
            platform        TEXT    NOT NULL,
            space_id        TEXT    NOT NULL,
            channel_id      TEXT    NOT NULL,
            session_id      TEXT    NOT NULL,
            opened_by_id    TEXT    NOT NULL,
            opened_by_name  TEXT    NOT NULL,
            opened_at       INTEGER NOT NULL,
            closes_at       INTEGER NOT NULL,
            closed_at       INTEGER,
            winner          TEXT,
            next_number     INTEGER NOT NULL CHECK (next_number >= 1),
            version         INTEGER NOT NULL CHECK (version >= 1)
        ) STRICT;

        -- What commands (a channel's open polls) and the closing timer (a session's open poll) read.
        CREATE INDEX ix_polls_open_channel ON polls (platform, space_id, channel_id) WHERE closed_at IS NULL;
        CREATE INDEX ix_polls_open_session ON polls (session_id) WHERE closed_at IS NULL;

        CREATE TABLE poll_nominations (
            poll_id       TEXT    NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
            number        INTEGER NOT NULL CHECK (number >= 1),
            title         TEXT    NOT NULL,
            by_id         TEXT    NOT NULL,
            by_name       TEXT    NOT NULL,
            nominated_at  INTEGER NOT NULL,
            PRIMARY KEY (poll_id, number)
        ) STRICT;

        CREATE TABLE poll_votes (
            poll_id   TEXT    NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
            voter_id  TEXT    NOT NULL,
            number    INTEGER NOT NULL,
            PRIMARY KEY (poll_id, voter_id)
        ) STRICT;
        """);
}
