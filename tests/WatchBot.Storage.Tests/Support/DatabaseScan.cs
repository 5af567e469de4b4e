using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Tests.Support;

/// <summary>
/// Reads every row of every table of a SQLite file, whatever the schema, and reports the rows with a
/// text value containing a needle: what "no row about the person" is checked with.
/// </summary>
internal static class DatabaseScan
{
    /// <summary>A row that contains the needle: its table, the column, and the row's values by column name.</summary>
    public sealed record Hit(string Table, string Column, IReadOnlyDictionary<string, object?> Row);

    public static async Task<IReadOnlyList<Hit>> FindAsync(string filePath, params string[] needles)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = filePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hits = new List<Hit>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\";";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
                foreach (var (column, value) in row)
                {
                    var text = value switch
                    {
                        string s => s,
                        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
                        _ => null,
                    };
                    if (text is not null && needles.Any(n => text.Contains(n, StringComparison.Ordinal)))
                    {
                        hits.Add(new Hit(table, column, row));
                    }
                }
            }
        }

        return hits;
    }
}
