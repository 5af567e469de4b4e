using Npgsql;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// The feature tables' values (series, polls): columns read by name, nulls as C# nulls, and instants
/// stored as the SQLite store keeps them (UTC, whole milliseconds), so both providers return the same.
/// </summary>
internal static class FeatureRows
{
    public static DateTimeOffset Instant(DateTimeOffset instant) => DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    public static object Instant(DateTimeOffset? instant) => instant is { } value ? Instant(value) : DBNull.Value;

    public static string Text(NpgsqlDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    public static string? TextOrNull(NpgsqlDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetString(i);
    }

    public static T Value<T>(NpgsqlDataReader row, string column)
        where T : struct => row.GetFieldValue<T>(row.GetOrdinal(column));

    public static T? ValueOrNull<T>(NpgsqlDataReader row, string column)
        where T : struct
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetFieldValue<T>(i);
    }
}
