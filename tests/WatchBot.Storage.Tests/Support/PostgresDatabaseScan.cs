using Npgsql;

namespace WatchBot.Storage.Tests.Support;

/// <summary>
/// The PostgreSQL twin of <see cref="DatabaseScan"/>: reads every row of every table of the database,
/// whatever the schema, and reports the rows where a text or jsonb value contains a needle.
/// </summary>
internal static class PostgresDatabaseScan
{
    public static async Task<IReadOnlyList<DatabaseScan.Hit>> FindAsync(string connectionString, params string[] needles)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1;", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hits = new List<DatabaseScan.Hit>();
        foreach (var table in tables)
        {
            // jsonb read as its text, so a name inside a document is found like one in a column.
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{table}\";", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i));
                foreach (var (column, value) in row)
                {
                    if (value is string text && needles.Any(n => text.Contains(n, StringComparison.Ordinal)))
                    {
                        hits.Add(new DatabaseScan.Hit(table, column, row));
                    }
                }
            }
        }

        return hits;
    }
}
