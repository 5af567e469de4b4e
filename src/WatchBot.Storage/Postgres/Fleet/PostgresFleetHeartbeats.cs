using Npgsql;
using WatchBot.Engine.Outbox;

namespace WatchBot.Storage.Postgres.Fleet;

/// <summary>Heartbeats in <c>fleet_instances</c>: an upsert of this instance's row and the count of live rows, in one statement.</summary>
internal sealed class PostgresFleetHeartbeats(PostgresDatabase database) : IFleetHeartbeats
{
    // The count cannot see the row this statement writes (one snapshot), so it counts the others and adds one.
    private const string Beat = """
        WITH beat AS (
            INSERT INTO fleet_instances (instance_id, seen_at) VALUES (@id, @now)
            ON CONFLICT (instance_id) DO UPDATE SET seen_at = EXCLUDED.seen_at)
        SELECT 1 + count(*) FROM fleet_instances WHERE instance_id <> @id AND seen_at > @since
        """;

    public async Task<int> BeatAsync(string instanceId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Beat, connection);
        command.Parameters.AddWithValue("id", instanceId);
        command.Parameters.AddWithValue("now", PostgresCommands.Instant(now));
        command.Parameters.AddWithValue("since", PostgresCommands.Instant(now - lease));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task LeaveAsync(string instanceId, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(database, "DELETE FROM fleet_instances WHERE instance_id = @id", p => p.AddWithValue("id", instanceId), cancellationToken);
}
