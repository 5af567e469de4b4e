using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Tests.Privacy;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Postgres;

/// <summary>
/// PRIVACY.md names every stored field on PostgreSQL too: a fresh database migrated by the PostgreSQL
/// schema must have a <c>### `table`</c> section per table and each column named in it (Quartz's own
/// <c>qrtz_</c> tables are described as a whole).
/// </summary>
public sealed class PostgresPrivacyDocumentTests
{
    [Fact]
    public async Task PrivacyDocument_NamesEveryTableAndEveryColumn_OfAFreshPostgresDatabase()
    {
        await using var server = await PostgresTestDatabase.CreateAsync();
        await using (var database = new PostgresDatabase(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = server.ConnectionString }, NullLogger.Instance))
        {
            await database.EnsureMigratedAsync(CancellationToken.None);
        }

        var sections = PrivacyDocument.TableSections(File.ReadAllText(PrivacyDocument.Path));
        var schema = await ReadSchemaAsync(server.ConnectionString);

        Assert.Contains(schema, c => c.Table == "sessions");
        var missing = schema
            .Where(c => !sections.TryGetValue(c.Table, out var section) || !section.Contains($"`{c.Column}`", StringComparison.Ordinal))
            .Select(c => $"{c.Table}.{c.Column}")
            .ToList();
        Assert.True(missing.Count == 0, "PRIVACY.md does not describe: " + string.Join(", ", missing));
    }

    private static async Task<List<(string Table, string Column)>> ReadSchemaAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name NOT LIKE 'qrtz\_%'
            ORDER BY table_name, ordinal_position
            """,
            connection);
        var columns = new List<(string Table, string Column)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }
}
