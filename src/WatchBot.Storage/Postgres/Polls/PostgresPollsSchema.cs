namespace WatchBot.Storage.Postgres.Polls;

/// <summary>
/// Migration P11: movie polls, the PostgreSQL twin of SQLite's migrations 20 and 22 together.
/// <c>polls</c> holds one row per poll, <c>poll_nominations</c> the titles put forward (numbered for
/// good; <c>adult</c> for rated:18), <c>poll_votes</c> each voter's current choice. Instants are
/// <c>timestamptz</c>; people are their platform id (the poll's channel says which platform).
/// </summary>
internal static class PostgresPollsSchema
{
    public static PostgresMigration Migration { get; } = new(11, "movie polls", """
        CREATE TABLE polls (
            id              text        NOT NULL PRIMARY KEY,
            platform        text        NOT NULL,
            space_id        text        NOT NULL,
            channel_id      text        NOT NULL,
            session_id      text        NOT NULL,
            opened_by_id    text        NOT NULL,
            opened_by_name  text        NOT NULL,
            opened_at       timestamptz NOT NULL,
            closes_at       timestamptz NOT NULL,
            closed_at       timestamptz,
            winner          text,
            next_number     integer     NOT NULL CHECK (next_number >= 1),
            version         bigint      NOT NULL CHECK (version >= 1)
        );

        -- What commands (a channel's open polls) and the closing timer (a session's open poll) read.
        CREATE INDEX ix_polls_open_channel ON polls (platform, space_id, channel_id) WHERE closed_at IS NULL;
        CREATE INDEX ix_polls_open_session ON polls (session_id) WHERE closed_at IS NULL;

        CREATE TABLE poll_nominations (
            poll_id       text        NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
            number        integer     NOT NULL CHECK (number >= 1),
            title         text        NOT NULL,
            by_id         text        NOT NULL,
            by_name       text        NOT NULL,
            nominated_at  timestamptz NOT NULL,
            adult         boolean     NOT NULL DEFAULT false,
            PRIMARY KEY (poll_id, number)
        );

        CREATE TABLE poll_votes (
            poll_id   text    NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
            voter_id  text    NOT NULL,
            number    integer NOT NULL,
            PRIMARY KEY (poll_id, voter_id)
        );
        """);
}
