using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Engine;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions.Caching;
using WatchBot.Engine.Spaces.Caching;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Audit;
using WatchBot.Storage.Tests.Support;

namespace WatchBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void AddWatchBotStorage_RegistersOneSqliteStore_AsTheSessionStore_BehindItsReadCache()
    {
        using var services = Build(("Storage:SqlitePath", _db.FilePath));

        var store = services.GetRequiredService<ISessionStore>();

        Assert.IsType<CachedSessionStore>(store);
        var sqlite = services.GetRequiredService<SqliteSessionStore>();
        Assert.Same(store, services.GetRequiredService<ISessionStore>());
        Assert.Same(sqlite, services.GetRequiredService<SqliteSessionStore>());
        Assert.Equal(_db.FilePath, sqlite.FilePath);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AddWatchBotStorage_ReplacesTheEnginesNoSpaceSettings_WhicheverComesFirst(bool engineFirst)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("Storage:SqlitePath", _db.FilePath)])
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (engineFirst)
        {
            services.AddWatchBotEngine(configuration).AddWatchBotStorage(configuration);
        }
        else
        {
            services.AddWatchBotStorage(configuration).AddWatchBotEngine(configuration);
        }

        using var provider = services.BuildServiceProvider();

        // SQLite's store, behind the cache one process owning the file allows.
        Assert.IsType<CachedSpaceSettings>(provider.GetRequiredService<ISpaceSettingsStore>());
        Assert.IsType<SqliteAuditLog>(provider.GetRequiredService<IAuditLog>());
    }

    [Fact]
    public void AddWatchBotStorage_BindsTheStorageSection()
    {
        using var services = Build(("Storage:SqlitePath", _db.FilePath), ("Storage:BusyTimeout", "00:00:02"));

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(_db.FilePath, options.SqlitePath);
        Assert.Equal(TimeSpan.FromSeconds(2), options.BusyTimeout);
    }

    [Fact]
    public void AddWatchBotStorage_RelativePath_ResolvesAgainstTheWorkingDirectory()
    {
        using var services = Build(("Storage:SqlitePath", "relative/watchbot.db"));

        var store = services.GetRequiredService<SqliteSessionStore>();

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "relative", "watchbot.db"), store.FilePath);
    }

    [Fact]
    public void AddWatchBotStorage_EmptyPath_FailsStartValidationNamingTheKey()
    {
        using var services = Build(("Storage:SqlitePath", ""));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:SqlitePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_CreatesTheFolderAndMigrates()
    {
        var path = Path.Combine(_db.Folder, "data", "watchbot.db");
        using var services = Build(("Storage:SqlitePath", path));

        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(path));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        Assert.Equal((long)SqliteSchema.LatestVersion, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task HostStart_OnABrokenDatabase_FailsLoudly()
    {
        await File.WriteAllTextAsync(_db.FilePath, string.Concat(Enumerable.Repeat("garbage ", 200)));
        using var services = Build(("Storage:SqlitePath", _db.FilePath));
        var initializer = Assert.Single(services.GetServices<IHostedService>());

        await Assert.ThrowsAsync<SqliteException>(() => initializer.StartAsync(CancellationToken.None));
    }

    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddWatchBotStorage(configuration)
            .BuildServiceProvider();
    }
}
