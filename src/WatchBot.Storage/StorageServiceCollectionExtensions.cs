using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Sessions.Caching;
using WatchBot.Engine.Spaces.Caching;
using WatchBot.Storage.Postgres;
using WatchBot.Storage.Sqlite;
using WatchBot.Storage.Sqlite.Audit;
using WatchBot.Storage.Sqlite.Bans;
using WatchBot.Storage.Sqlite.Polls;
using WatchBot.Storage.Sqlite.Recaps;
using WatchBot.Storage.Sqlite.Series;

namespace WatchBot.Storage;

/// <summary>
/// Registers the session store of the configured provider (<c>Storage:Provider</c>: SQLite by default,
/// or PostgreSQL), its options (section <c>Storage</c>) and its start-up migration.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddWatchBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        var chosen = new StorageOptions { Provider = configuration[$"{StorageOptions.SectionName}:Provider"] ?? StorageOptions.Sqlite };
        if (chosen.UsesPostgres)
        {
            PostgresStorageRegistration.Add(services);
            return services;
        }

        services.AddSingleton<SqliteSessionStore>();
        // One process owns the file, so the channel reads every command makes are cached exactly (SessionReadCaches).
        services.AddSingleton<SessionReadCaches>();
        services.AddSingleton<ISessionStore>(sp => new CachedSessionStore(sp.GetRequiredService<SqliteSessionStore>(), sp.GetRequiredService<SessionReadCaches>()));
        services.AddSingleton<IPlatformLinks>(sp => new SqlitePlatformLinks(sp.GetRequiredService<SqliteSessionStore>().Database));
        // One process owns the file, so the reads every command makes about its space are cached exactly (SpaceReadCaches).
        services.AddSingleton<SpaceReadCaches>();
        services.AddSingleton<ISpaceModerators>(sp => new CachedSpaceModerators(
            new SqliteSpaceModerators(sp.GetRequiredService<SqliteSessionStore>().Database), sp.GetRequiredService<SpaceReadCaches>()));
        services.AddSingleton<IBans>(sp => new CachedBans(
            new SqliteBans(sp.GetRequiredService<SqliteSessionStore>().Database, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<SpaceReadCaches>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISqliteAggregateWriter, SqliteSeriesWriter>();
        services.AddSingleton<ISeriesStore>(sp => new CachedSeriesStore(
            new SqliteSeriesStore(sp.GetRequiredService<SqliteSessionStore>().Database), sp.GetRequiredService<SessionReadCaches>()));
        services.AddSingleton<IPersonalData>(sp => new ClearingPersonalData(
            new SqlitePersonalData(sp.GetRequiredService<SqliteSessionStore>().Database, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<SpaceReadCaches>(),
            sp.GetRequiredService<SessionReadCaches>()));
        services.AddSingleton<ISqliteAggregateWriter, SqlitePollWriter>();
        services.AddSingleton<IPollStore>(sp => new CachedPollStore(
            new SqlitePollStore(sp.GetRequiredService<SqliteSessionStore>().Database), sp.GetRequiredService<SessionReadCaches>()));
        services.AddSingleton<IReminderOptOuts>(sp => new SqliteReminderOptOuts(sp.GetRequiredService<SqliteSessionStore>().Database));
        services.AddSingleton<ICalendarFeeds>(sp => new SqliteCalendarFeeds(sp.GetRequiredService<SqliteSessionStore>().Database));
        services.AddSingleton<ICalendarSource>(sp => new SqliteCalendarSource(sp.GetRequiredService<SqliteSessionStore>().Database));
        services.AddSingleton<IRecaps>(sp => new SqliteRecaps(sp.GetRequiredService<SqliteSessionStore>().Database));
        services.AddSingleton<Engine.Outbox.IOutboxLeases>(sp => new Sqlite.Fleet.SqliteOutboxLeases(sp.GetRequiredService<SqliteSessionStore>().Database));
        services.AddSingleton<IStorageHealth>(sp => new SqliteStorageHealth(sp.GetRequiredService<SqliteSessionStore>().Database));

        // Replaces the engine's MemoryAuditLog whichever is registered first (the engine only tries to add its own).
        services.AddSingleton<IAuditLog>(sp => new SqliteAuditLog(sp.GetRequiredService<SqliteSessionStore>().Database));

        // Replaces the engine's NoSpaceSettings whichever is registered first (the engine only tries to add its own).
        services.AddSingleton<ISpaceSettingsStore>(sp => new CachedSpaceSettings(
            new SqliteSpaceSettingsStore(sp.GetRequiredService<SqliteSessionStore>().Database), sp.GetRequiredService<SpaceReadCaches>()));

        // Registered here, i.e. before start-up recovery (AddWatchBotRecovery), which reads the store.
        services.AddSingleton(sp => new SqliteFileOwner(sp.GetRequiredService<SqliteSessionStore>().Database.FilePath));
        services.AddSingleton<IHostedService, StorageInitializer>();
        return services;
    }
}
