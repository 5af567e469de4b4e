using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// PostgreSQL's <see cref="IStorageHealth"/>: a trivial query for readiness (a pooled connection to a
/// server that went away fails on its first command, so the pool cannot hide an outage), and the two
/// counts behind the gauges. Nothing it reads names a person.
/// </summary>
internal sealed class PostgresStorageHealth(PostgresDatabase database) : IStorageHealth
{
    private const string Sample = $"""
        SELECT (SELECT count(*) FROM sessions WHERE phase IN ({PostgresSchema.LivePhases})),
               (SELECT min(created_at) FROM outbox WHERE sent_at IS NULL);
        """;

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1;";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<StorageVitals> SampleAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Sample;
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        DateTimeOffset? oldest = row.IsDBNull(1) ? null : row.GetFieldValue<DateTimeOffset>(1);
        return new StorageVitals(row.GetInt64(0), oldest);
    }
}
