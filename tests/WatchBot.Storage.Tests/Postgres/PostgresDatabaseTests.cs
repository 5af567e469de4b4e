using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Tests.Support;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Postgres;

/// <summary>The PostgreSQL database on a real server: migrated once, by one instance however many start together.</summary>
public sealed class PostgresDatabaseTests : IAsyncLifetime
{
    private readonly List<PostgresDatabase> _opened = [];
    private PostgresTestDatabase _server = null!;

    public async Task InitializeAsync() => _server = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task OpenAsync_OnAnEmptyDatabase_CreatesTheSchemaAndRecordsEveryVersion()
    {
        var database = Open();

        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            Assert.Equal(PostgresSchema.LatestVersion, await ScalarAsync<int>(connection, "SELECT MAX(version) FROM schema_version"));
            Assert.Equal(1L, await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'sessions'"));
        }

        Assert.Equal(PostgresSchema.Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task SeveralInstancesStartingTogether_MigrateOnce()
    {
        var log = new RecordingLogger<PostgresDatabaseTests>();
        var databases = Enumerable.Range(0, 4).Select(_ => Open(log)).ToList();

        await Task.WhenAll(databases.Select(d => d.EnsureMigratedAsync(CancellationToken.None)));

        Assert.Equal(PostgresSchema.Migrations.Count, await CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(PostgresSchema.Migrations.Count, log.Entries.Count(e => e.Id.Id == 2001));
    }

    [Fact]
    public async Task ALaterStart_FindsTheSchemaDone_AndAppliesOnlyNewSteps()
    {
        await Open().EnsureMigratedAsync(CancellationToken.None);
        var log = new RecordingLogger<PostgresDatabaseTests>();
        var next = new PostgresMigration(PostgresSchema.LatestVersion + 1, "a test step", "CREATE TABLE test_step (id integer PRIMARY KEY);");

        await Open(log, [.. PostgresSchema.Migrations, next]).EnsureMigratedAsync(CancellationToken.None);

        Assert.Equal(next.Version, await CountAsync("SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM test_step"));
        var migrated = Assert.Single(log.Entries, e => e.Id.Id == 2001);
        Assert.Contains("a test step", migrated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADatabaseNewerThanThisBuild_IsRefused()
    {
        var newer = new PostgresMigration(PostgresSchema.LatestVersion + 1, "from the future", "SELECT 1;");
        await Open(migrations: [.. PostgresSchema.Migrations, newer]).EnsureMigratedAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Open().OpenAsync(CancellationToken.None));

        Assert.Contains("newer than this WatchBot knows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingStep_LeavesNothingBehind()
    {
        var broken = new PostgresMigration(PostgresSchema.LatestVersion + 1, "broken", "CREATE TABLE half_done (id integer); SELECT no_such_column FROM half_done;");

        await Assert.ThrowsAsync<PostgresException>(() => Open(migrations: [.. PostgresSchema.Migrations, broken]).EnsureMigratedAsync(CancellationToken.None));

        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN ('schema_version', 'sessions', 'half_done')"));
    }

    [Fact]
    public void Description_NamesHostPortAndDatabase_NeverTheCredentials()
    {
        var description = PostgresDatabase.Describe(new NpgsqlConnectionStringBuilder("Host=db.example;Port=6543;Database=bot;Username=alice;Password=hunter2"));

        Assert.Equal("db.example:6543/bot", description);
    }

    private PostgresDatabase Open(RecordingLogger<PostgresDatabaseTests>? log = null, IReadOnlyList<PostgresMigration>? migrations = null)
    {
        var database = new PostgresDatabase(
            new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = _server.ConnectionString },
            (Microsoft.Extensions.Logging.ILogger?)log ?? NullLogger.Instance,
            migrations);
        _opened.Add(database);
        return database;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        return await ScalarAsync<long>(connection, sql);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
