using Npgsql;
using NpgsqlTypes;

namespace WatchBot.Storage.Postgres;

/// <summary>One-statement helpers for the small tables, and the value conventions of <see cref="PostgresSchema"/>.</summary>
internal static class PostgresCommands
{
    public static async Task<int> ExecuteAsync(PostgresDatabase database, string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<List<T>> ReadAsync<T>(
        PostgresDatabase database, string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command.Parameters);
        var values = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(read(reader));
        }

        return values;
    }

    public static Task<List<string>> ReadStringsAsync(PostgresDatabase database, string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken) =>
        ReadAsync(database, sql, bind, static r => r.GetString(0), cancellationToken);

    /// <summary>
    /// An instant as stored: UTC, whole milliseconds, like the SQLite store (which keeps unix
    /// milliseconds), so both return the same instant for the same input.
    /// </summary>
    public static DateTimeOffset Instant(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    public static object Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value) : DBNull.Value;

    public static object OrNull(object? value) => value ?? DBNull.Value;

    public static void AddJson(this NpgsqlParameterCollection p, string name, string json) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json });

    public static void AddNullableJson(this NpgsqlParameterCollection p, string name, string? json) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = OrNull(json) });

    public static string Text(this NpgsqlDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    public static string? NullableText(this NpgsqlDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
    }

    public static long Integer(this NpgsqlDataReader row, string column) => Convert.ToInt64(row.GetValue(row.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static long? NullableInteger(this NpgsqlDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : Convert.ToInt64(row.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool Boolean(this NpgsqlDataReader row, string column) => row.GetBoolean(row.GetOrdinal(column));

    public static DateTimeOffset Timestamp(this NpgsqlDataReader row, string column) => row.GetFieldValue<DateTimeOffset>(row.GetOrdinal(column));

    public static DateTimeOffset? NullableTimestamp(this NpgsqlDataReader row, string column)
    {
        var ordinal = row.GetOrdinal(column);
        return row.IsDBNull(ordinal) ? null : row.GetFieldValue<DateTimeOffset>(ordinal);
    }
}
