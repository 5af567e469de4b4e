using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Postgres;
using WatchBot.Testing.Postgres;

namespace WatchBot.Storage.Tests.Postgres;

/// <summary>Storage:Provider=postgres registers PostgreSQL stores or a named gap for every port: never SQLite, never an in-memory default.</summary>
public sealed class PostgresRegistrationTests
{
    private const string Secret = "hunter2-secret";

    public static TheoryData<Type> Ports() =>
    [
        typeof(ISessionStore), typeof(IPlatformLinks), typeof(ISpaceModerators), typeof(IBans), typeof(IAuditLog),
        typeof(ISpaceSettingsStore), typeof(IReminderOptOuts), typeof(ICalendarFeeds), typeof(ICalendarSource),
        typeof(IPollStore), typeof(ISeriesStore), typeof(IRecaps), typeof(IPersonalData),
    ];

    [Theory]
    [MemberData(nameof(Ports))]
    public void EveryPort_IsAPostgresStore_OrAStartupErrorNamingIt(Type port)
    {
        using var services = Build(engineFirst: true);

        try
        {
            var store = services.GetRequiredService(port);
            Assert.StartsWith("WatchBot.Storage.Postgres", store.GetType().Namespace, StringComparison.Ordinal);
        }
        catch (StorageUnavailableException gap)
        {
            Assert.Contains(port.Name, gap.Message, StringComparison.Ordinal);
            Assert.Contains("Storage:Provider=sqlite", gap.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NothingOfSqlite_IsRegistered()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddWatchBotStorage(Configuration());

        Assert.DoesNotContain(services, d => (d.ImplementationType ?? d.ServiceType).Namespace?.StartsWith("WatchBot.Storage.Sqlite", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task StartupCheck_UnreachableServer_OneSentenceNamingHostAndDatabase_NeverTheSecret()
    {
        var port = PostgresCluster.FreePort();
        var check = Check($"Host=127.0.0.1;Port={port};Database=bot;Username=bot;Password={Secret};Timeout=5");

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => check.RunAsync(CancellationToken.None));

        Assert.Equal($"the PostgreSQL session database 127.0.0.1:{port}/bot cannot be used: cannot connect (ConnectionRefused).", error.Message);
    }

    [Fact]
    public async Task StartupCheck_MissingDatabase_SaysWhatTheServerSaid()
    {
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(await PostgresCluster.AdminConnectionStringAsync()) { Database = "no_such_db_" + Guid.NewGuid().ToString("N") };
        admin.Password = Secret;
        var check = Check(admin.ConnectionString);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => check.RunAsync(CancellationToken.None));

        Assert.Contains("3D000", error.Message, StringComparison.Ordinal);
        Assert.Contains(admin.Database, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartupCheck_ReachableServer_MigratesTheDatabase()
    {
        await using var server = await PostgresTestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(Options(server.ConnectionString), NullLogger.Instance);

        await new StorageStartupCheck(database, []).RunAsync(CancellationToken.None);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT MAX(version) FROM schema_version", connection);
        Assert.Equal(PostgresSchema.LatestVersion, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StartupCheck_WithGaps_NamesEach_OnceTheServerAnswers()
    {
        await using var server = await PostgresTestDatabase.CreateAsync();
        await using var database = new PostgresDatabase(Options(server.ConnectionString), NullLogger.Instance);
        var check = new StorageStartupCheck(
            database,
            [new PostgresPortGap("IPollStore"), new PostgresPortGap("IRecaps")]);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => check.RunAsync(CancellationToken.None));

        Assert.Contains("no PostgreSQL version yet: IPollStore, IRecaps.", error.Message, StringComparison.Ordinal);
    }

    private static StorageStartupCheck Check(string connectionString) =>
        new(new PostgresDatabase(Options(connectionString), NullLogger.Instance), []);

    private static StorageOptions Options(string connectionString) =>
        new() { Provider = StorageOptions.Postgres, ConnectionString = connectionString };

    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(
        [
            new KeyValuePair<string, string?>("Storage:Provider", "postgres"),
            new KeyValuePair<string, string?>("Storage:ConnectionString", $"Host=127.0.0.1;Database=bot;Password={Secret}"),
        ])
        .Build();

    private static ServiceProvider Build(bool engineFirst)
    {
        var configuration = Configuration();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        if (engineFirst)
        {
            services.AddWatchBotEngine(configuration);
        }

        services.AddWatchBotStorage(configuration);
        return services.BuildServiceProvider();
    }
}
