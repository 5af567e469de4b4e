using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>One-statement helpers for the small tables: bind, run, done.</summary>
internal static class SqliteCommands
{
    /// <summary>
    /// A write, through the file's group commit (synced, like every write but the outbox's marks): a
    /// write on a connection of its own would wait for the group's writer in SQLite's busy handler,
    /// which sleeps up to 100 ms at a time, and make the group wait the same way.
    /// </summary>
    public static Task<int> ExecuteAsync(SqliteDatabase database, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                bind(command.Parameters);
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);

    public static async Task<List<string>> ReadStringsAsync(SqliteDatabase database, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
