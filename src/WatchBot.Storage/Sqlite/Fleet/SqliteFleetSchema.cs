namespace WatchBot.Storage.Sqlite.Fleet;

/// <summary>
/// Migration 23: the tables that let several instances share one database (PostgreSQL's P13 is the
/// same shape; SQLite keeps them so both stores run the same relay): <c>outbox_leases</c>, one row per
/// channel naming the instance that sends its outbox entries until <c>expires_at</c>, and
/// <c>fleet_instances</c>, each live instance's heartbeat. No personal data. Instants are unix milliseconds.
/// </summary>
internal static class SqliteFleetSchema
{
    public static SqliteMigration Migration { get; } = new(23, "outbox leases per channel and instance heartbeats", """
        CREATE TABLE outbox_leases (
            platform    TEXT    NOT NULL,
            space_id    TEXT    NOT NULL,
            channel_id  TEXT    NOT NULL,
            owner       TEXT    NOT NULL,
            expires_at  INTEGER NOT NULL,
            PRIMARY KEY (platform, space_id, channel_id)
        ) STRICT;

        CREATE TABLE fleet_instances (
            instance_id TEXT    NOT NULL PRIMARY KEY,
            seen_at     INTEGER NOT NULL
        ) STRICT;

        -- A channel's pending entries, oldest first (the lease's check, the relay's read).
        CREATE INDEX ix_outbox_channel_pending ON outbox (platform, space_id, channel_id, id) WHERE sent_at IS NULL;
        """);
}
