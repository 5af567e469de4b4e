using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>One-statement helpers for the small tables: open, bind, run, done.</summary>
internal static class SqliteCommands
{
    public static async Task<int> ExecuteAsync(SqliteDatabase database, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

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
