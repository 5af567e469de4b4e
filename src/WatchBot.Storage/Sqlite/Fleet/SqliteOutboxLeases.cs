using Microsoft.Data.Sqlite;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Outbox;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite.Fleet;

/// <summary>
/// Channel leases on SQLite: the PostgreSQL upsert's shape, but a single process always wins (the file
/// is one process's), so a restart under a new generated name sends its leftovers at once.
/// </summary>
internal sealed class SqliteOutboxLeases(SqliteDatabase database) : IOutboxLeases
{
    private const string Take = """
        INSERT INTO outbox_leases (platform, space_id, channel_id, owner, expires_at)
        VALUES (@platform, @space_id, @channel_id, @owner, @expires_at)
        ON CONFLICT (platform, space_id, channel_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at;
        SELECT MIN(id) FROM outbox WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND sent_at IS NULL;
        """;

    private const string Pending = """
        SELECT id, platform, space_id, channel_id, kind, session_id, facts, created_at, attempts
        FROM outbox WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND sent_at IS NULL
        ORDER BY id LIMIT @limit;
        """;

    public bool IsShared => false;

    public async Task<OutboxLease> TakeAsync(ChannelAddress channel, string owner, DateTimeOffset now, TimeSpan length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var until = now + length;

        // A write: through the file's group commit, like every other (see SqliteCommands.ExecuteAsync).
        var oldest = await database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Take;
                Bind(command.Parameters, channel);
                command.Parameters.AddWithValue("@owner", owner);
                command.Parameters.AddWithValue("@expires_at", until.ToUnixTimeMilliseconds());
                return await command.ExecuteScalarAsync(ct);
            },
            cancellationToken);
        return new OutboxLease(true, until, oldest is long id ? id : null);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListPendingAsync(ChannelAddress channel, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Pending;
        Bind(command.Parameters, channel);
        command.Parameters.AddWithValue("@limit", limit);
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(SessionRows.ReadOutbox(reader));
        }

        return entries;
    }

    public Task ReleaseAsync(string owner, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(database, "DELETE FROM outbox_leases WHERE owner = @owner;", p => p.AddWithValue("@owner", owner), cancellationToken);

    private static void Bind(SqliteParameterCollection p, ChannelAddress channel)
    {
        p.AddWithValue("@platform", channel.Platform);
        p.AddWithValue("@space_id", channel.SpaceId);
        p.AddWithValue("@channel_id", channel.ChannelId);
    }
}
