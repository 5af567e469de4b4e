using Microsoft.Data.Sqlite;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests.Privacy;

/// <summary>
/// PRIVACY.md promises to name every stored field. A fresh database migrated by the storage code is the
/// truth: each of its tables must have a section headed <c>### `table`</c>, and each of its columns must
/// appear as <c>`column`</c> inside that section. A new table or column without a word on it fails here.
/// </summary>
public sealed class PrivacyDocumentTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PrivacyDocument_NamesEveryTableAndEveryColumn_OfAFreshDatabase()
    {
        await _db.OpenStore().InitializeAsync(CancellationToken.None);
        var schema = await ReadSchemaAsync();
        var sections = PrivacyDocument.TableSections(File.ReadAllText(PrivacyDocument.Path));

        Assert.NotEmpty(schema);
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

    [Fact]
    public void TableSections_SplitsAtEachTableHeading_AndKeepsOnlyItsOwnText()
    {
        var sections = PrivacyDocument.TableSections("# T\n### `a`\nhas `x`\n### `b`\nhas `y`\n## Other\n`z`\n");

        Assert.Equal(["a", "b"], sections.Keys.Order());
        Assert.Contains("`x`", sections["a"], StringComparison.Ordinal);
        Assert.DoesNotContain("`y`", sections["a"], StringComparison.Ordinal);
        Assert.DoesNotContain("`z`", sections["b"], StringComparison.Ordinal);
    }

    /// <summary>Every table (SQLite's own left out) with its columns, straight from the file.</summary>
    private async Task<List<(string Table, List<string> Columns)>> ReadSchemaAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _db.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT t.name, c.name
            FROM sqlite_schema AS t, pragma_table_info(t.name) AS c
            WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite_%'
            ORDER BY t.name, c.cid;
            """;
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
