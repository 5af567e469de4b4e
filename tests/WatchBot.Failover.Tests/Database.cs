using Npgsql;

namespace WatchBot.Failover.Tests;

/// <summary>What the run left in the shared database: the sessions, and outbox entries never sent.</summary>
internal static class Database
{
    public static async Task<IReadOnlyList<StoredSession>> SessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, channel_id, phase, scheduled_for, started_at FROM sessions", connection);
        var sessions = new List<StoredSession>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sessions.Add(new StoredSession(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return sessions;
    }

    /// <summary>Pending (never sent, not given up) outbox entries by kind.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> PendingOutboxAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT kind, count(*) FROM outbox WHERE sent_at IS NULL GROUP BY kind", connection);
        var pending = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pending[reader.GetString(0)] = reader.GetInt64(1);
        }

        return pending;
    }
}
