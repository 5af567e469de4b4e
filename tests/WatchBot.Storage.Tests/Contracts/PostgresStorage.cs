using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Postgres.Polls;
using WatchBot.Storage.Postgres.Privacy;
using WatchBot.Storage.Postgres.Recaps;
using WatchBot.Storage.Postgres.Series;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Contracts;

/// <summary>
/// The contract suite on PostgreSQL: a new database per test on the tests' server
/// (<see cref="PostgresCluster"/>); each store opened gets its own <see cref="PostgresDatabase"/> (its
/// own pool), as another process would.
/// </summary>
public sealed class PostgresStorage : StorageUnderTest
{
    private readonly PostgresTestDatabase _server = new();
    private readonly List<PostgresDatabase> _opened = [];

    /// <summary>The aggregate writers every session store opened here gets (a feature's contract adds its own).</summary>
    public List<IPostgresAggregateWriter> Writers { get; } = [];

    /// <summary>A connection string to this test's database.</summary>
    public string ConnectionString => _server.ConnectionString;

    public override Task InitializeAsync() => _server.InitializeAsync();

    public override ISessionStore OpenSessions(ILogger? logger = null) =>
        new PostgresSessionStore(Database(), logger ?? NullLogger.Instance, Writers);

    public override IPlatformLinks OpenLinks() => new PostgresPlatformLinks(Database());

    public override ISpaceModerators OpenModerators() => new PostgresSpaceModerators(Database());

    public override IBans OpenBans(TimeProvider time) => new PostgresBans(Database(), time);

    public override IAuditLog OpenAuditLog() => new PostgresAuditLog(Database());

    public override ISpaceSettingsStore OpenSpaceSettings() => new PostgresSpaceSettingsStore(Database());

    public override IReminderOptOuts OpenReminderOptOuts() => new PostgresReminderOptOuts(Database());

    public override ICalendarFeeds OpenCalendarFeeds() => new PostgresCalendarFeeds(Database());

    public override ICalendarSource OpenCalendarSource() => new PostgresCalendarSource(Database());

    public override IStorageHealth OpenHealth() => new PostgresStorageHealth(Database());

    internal override Task<FeatureStores> OpenFeaturesAsync(TimeProvider time)
    {
        // One PostgresDatabase (pool) for the whole process, as the host shares one.
        var db = Database();
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

    internal override Task<IReadOnlyList<DatabaseScan.Hit>> ScanAsync(params string[] needles) => PostgresDatabaseScan.FindAsync(_server.ConnectionString, needles);

    public override async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public override async Task<string> TextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public override string UnixMilliseconds(string column) => $"(extract(epoch FROM {column}) * 1000)::bigint";

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    // Unpooled: the database is dropped after the test, and a pool would keep its dead connections.
    private string Unpooled() => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString;

    /// <summary>A new <see cref="PostgresDatabase"/> on this test's database (its own pool), disposed with the test.</summary>
    internal PostgresDatabase Database()
    {
        var database = new PostgresDatabase(
            new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = _server.ConnectionString },
            NullLogger.Instance);
        _opened.Add(database);
        return database;
    }
}
