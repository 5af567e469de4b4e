using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Postgres.Polls;
using WatchBot.Storage.Postgres.Privacy;
using WatchBot.Storage.Postgres.Recaps;
using WatchBot.Storage.Postgres.Series;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// The feature stores on a new PostgreSQL database of the test's own, on the tests' server
/// (<see cref="PostgresCluster"/>). Each open is another process: its own <see cref="PostgresDatabase"/> (pool).
/// </summary>
internal sealed class PostgresFeatureProvider : IFeatureProvider
{
    private readonly PostgresTestDatabase _server;
    private readonly List<PostgresDatabase> _opened = [];

    private PostgresFeatureProvider(PostgresTestDatabase server) => _server = server;

    public static async Task<IFeatureProvider> CreateAsync() => new PostgresFeatureProvider(await PostgresTestDatabase.CreateAsync());

    public Task<FeatureStores> OpenAsync(TimeProvider time)
    {
        var db = new PostgresDatabase(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = _server.ConnectionString }, NullLogger.Instance);
        _opened.Add(db);
        IPostgresAggregateWriter[] writers = [new PostgresSeriesWriter(), new PostgresPollWriter(), new PostgresRecapWriter()];
        return Task.FromResult(new FeatureStores(
            new PostgresSessionStore(db, NullLogger.Instance, writers),
            new PostgresSeriesStore(db),
            new PostgresPollStore(db),
            new PostgresRecaps(db),
            new PostgresPersonalData(db, time),
            new PostgresBans(db, time),
            new PostgresAuditLog(db),
            new PostgresReminderOptOuts(db),
            new PostgresSpaceModerators(db)));
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<DatabaseScan.Hit>> ScanAsync(params string[] needles) => PostgresDatabaseScan.FindAsync(_server.ConnectionString, needles);

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    // Unpooled: the database is dropped after the test, and a pool would keep its dead connections.
    private string Unpooled() => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString;
}
