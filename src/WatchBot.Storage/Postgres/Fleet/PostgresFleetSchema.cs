namespace WatchBot.Storage.Postgres.Fleet;

/// <summary>
/// P13: what lets several instances share the database. <c>outbox_leases</c>: one row per channel
/// naming the instance that sends its outbox entries until <c>expires_at</c>; <c>fleet_instances</c>:
/// each live instance's heartbeat, from which each takes its share of the Discord budget. No personal data.
/// </summary>
internal static class PostgresFleetSchema
{
    public static PostgresMigration Migration { get; } = new(13, "outbox leases per channel and instance heartbeats", """
        CREATE TABLE outbox_leases (
            platform    text        NOT NULL,
            space_id    text        NOT NULL,
            channel_id  text        NOT NULL,
            owner       text        NOT NULL,
            expires_at  timestamptz NOT NULL,
            PRIMARY KEY (platform, space_id, channel_id)
        );

        CREATE TABLE fleet_instances (
            instance_id text        NOT NULL PRIMARY KEY,
            seen_at     timestamptz NOT NULL
        );

        -- A channel's pending entries, oldest first (the lease's check, the relay's read).
        CREATE INDEX ix_outbox_channel_pending ON outbox (platform, space_id, channel_id, id) WHERE sent_at IS NULL;
        """);
}
