using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WatchBot.Storage.Postgres;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Privacy;

/// <summary>
/// The PostgreSQL twin of <see cref="PrivacyDocumentTests"/>: a fresh database migrated by the storage
/// code is the truth, and PRIVACY.md must describe each of its tables (a <c>### `table`</c> section, the
/// SQLite one where the table is the same) and each of its columns (<c>`column`</c> inside it).
/// </summary>
public sealed class PostgresPrivacyDocumentTests : IAsyncLifetime
{
    private PostgresTestDatabase _server = null!;

    public async Task InitializeAsync() => _server = await PostgresTestDatabase.CreateAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task PrivacyDocument_NamesEveryTableAndEveryColumn_OfAFreshPostgresDatabase()
    {
        await using (var database = new PostgresDatabase(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = _server.ConnectionString }, NullLogger.Instance))
        {
            await database.EnsureMigratedAsync(CancellationToken.None);
        }

        var schema = await ReadSchemaAsync();
        var sections = PrivacyDocument.TableSections(File.ReadAllText(PrivacyDocument.Path));

        Assert.Contains(schema, t => t.Table == "polls");
        var missing = new List<string>();
        foreach (var (table, columns) in schema)
        {
            if (!sections.TryGetValue(table, out var section))
            {
                missing.Add($"table {table} (no \"### `{table}`\" section)");
                continue;
            }

            missing.AddRange(columns.Where(c => !section.Contains($"`{c}`", StringComparison.Ordinal)).Select(c => $"{table}.{c}"));
        }

        Assert.True(missing.Count == 0, "PRIVACY.md does not describe: " + string.Join(", ", missing));
    }

    /// <summary>Every table of the public schema with its columns, in their order.</summary>
    private async Task<List<(string Table, List<string> Columns)>> ReadSchemaAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT c.table_name, c.column_name
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position;
            """,
            connection);
        var tables = new List<(string Table, List<string> Columns)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (tables.Count == 0 || tables[^1].Table != table)
            {
                tables.Add((table, []));
            }

            tables[^1].Columns.Add(reader.GetString(1));
        }

        return tables;
    }
}
