using Npgsql;

namespace WatchBot.Storage.Postgres;

/// <summary>Reads the feature tables' columns by name (series, polls), nulls as C# nulls.</summary>
internal static class FeatureRows
{
    public static string Text(this NpgsqlDataReader row, string column) => row.GetString(row.GetOrdinal(column));

    public static string? TextOrNull(this NpgsqlDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetString(i);
    }

    public static T Value<T>(this NpgsqlDataReader row, string column)
        where T : struct => row.GetFieldValue<T>(row.GetOrdinal(column));

    public static T? ValueOrNull<T>(this NpgsqlDataReader row, string column)
        where T : struct
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetFieldValue<T>(i);
    }
}
