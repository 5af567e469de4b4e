using Microsoft.Data.Sqlite;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// SQLite's <see cref="IStorageHealth"/>. The ping opens its own connection, outside the pool and
/// without creating the file: a pooled connection keeps reading a file that was deleted or whose
/// volume went away, and would say all is well. Nothing it reads names a person.
/// </summary>
internal sealed class SqliteStorageHealth(SqliteDatabase database) : IStorageHealth
{
    private const string Ping = "SELECT count(*) FROM sqlite_schema;";

    private const string Sample = $"""
        SELECT (SELECT count(*) FROM sessions WHERE phase IN ({SqliteSchema.LivePhases})),
               (SELECT min(created_at) FROM outbox WHERE sent_at IS NULL);
        """;

    private readonly string _pingConnection = new SqliteConnectionStringBuilder
    {
        DataSource = database.FilePath,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 2,
    }.ToString();

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(_pingConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Ping;
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<StorageVitals> SampleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sample;
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        var oldest = row.IsDBNull(1) ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(1));
        return new StorageVitals(row.GetInt64(0), oldest);
    }
}
