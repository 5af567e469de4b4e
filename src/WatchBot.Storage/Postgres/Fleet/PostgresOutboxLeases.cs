using Npgsql;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres.Fleet;

/// <summary>
/// Channel leases on PostgreSQL, one round trip each: the upsert takes a free or expired lease or
/// renews the caller's own (the row lock makes two takers agree on one winner), and the same statement
/// says the channel's oldest pending entry.
/// </summary>
internal sealed class PostgresOutboxLeases(PostgresDatabase database) : IOutboxLeases
{
    private const string Take = """
        WITH taken AS (
            INSERT INTO outbox_leases AS l (platform, space_id, channel_id, owner, expires_at)
            VALUES (@platform, @space_id, @channel_id, @owner, @expires_at)
            ON CONFLICT (platform, space_id, channel_id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
            WHERE l.owner = EXCLUDED.owner OR l.expires_at <= @now
            RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM taken) AS held,
               (SELECT min(id) FROM outbox
                WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND sent_at IS NULL) AS oldest
        """;

    private const string Pending = """
        SELECT id, platform, space_id, channel_id, kind, session_id, facts, created_at, attempts
        FROM outbox WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND sent_at IS NULL
        ORDER BY id LIMIT @limit
        """;

    public bool IsShared => true;

    public async Task<OutboxLease> TakeAsync(ChannelAddress channel, string owner, DateTimeOffset now, TimeSpan length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var until = PostgresCommands.Instant(now + length);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Take, connection);
        Bind(command.Parameters, channel);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("expires_at", until);
        command.Parameters.AddWithValue("now", PostgresCommands.Instant(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxLease(reader.GetBoolean(0), until, reader.IsDBNull(1) ? null : reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(ChannelAddress channel, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await PostgresCommands.ReadAsync(
            database,
            Pending,
            p =>
            {
                Bind(p, channel);
                p.AddWithValue("limit", (long)limit);
            },
            PostgresSessionRows.ReadOutbox,
            cancellationToken);
    }

    public Task ReleaseAsync(string owner, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(database, "DELETE FROM outbox_leases WHERE owner = @owner", p => p.AddWithValue("owner", owner), cancellationToken);

    private static void Bind(NpgsqlParameterCollection p, ChannelAddress channel)
    {
        p.AddWithValue("platform", channel.Platform);
        p.AddWithValue("space_id", channel.SpaceId);
        p.AddWithValue("channel_id", channel.ChannelId);
    }
}
