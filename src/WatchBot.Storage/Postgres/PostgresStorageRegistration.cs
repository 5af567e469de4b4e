using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// The one place that registers every storage port for <c>Storage:Provider=postgres</c>. A port without
/// a PostgreSQL store is registered as a <see cref="PostgresPortGap"/>: start-up stops naming it,
/// rather than falling back to SQLite or to the engine's in-memory default.
/// </summary>
internal static class PostgresStorageRegistration
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("WatchBot.Storage.Postgres")));

        services.AddSingleton(sp => new PostgresSessionStore(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("WatchBot.Storage.Postgres.PostgresSessionStore"),
            sp.GetServices<IPostgresAggregateWriter>()));
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<PostgresSessionStore>());
        services.AddSingleton<IPlatformLinks>(sp => new PostgresPlatformLinks(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<ISpaceModerators>(sp => new PostgresSpaceModerators(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IBans>(sp => new PostgresBans(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAuditLog>(sp => new PostgresAuditLog(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<ISpaceSettingsStore>(sp => new PostgresSpaceSettingsStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IReminderOptOuts>(sp => new PostgresReminderOptOuts(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<ICalendarFeeds>(sp => new PostgresCalendarFeeds(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<ICalendarSource>(sp => new PostgresCalendarSource(sp.GetRequiredService<PostgresDatabase>()));

        // The feature stores (pg-features): polls, series, recaps, personal data. Their writers join the
        // session store's commits, one per aggregate kind.
        services.AddSingleton<IPostgresAggregateWriter, Polls.PostgresPollWriter>();
        services.AddSingleton<IPostgresAggregateWriter, Series.PostgresSeriesWriter>();
        services.AddSingleton<IPostgresAggregateWriter, Recaps.PostgresRecapWriter>();
        services.AddSingleton<IPollStore>(sp => new Polls.PostgresPollStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<ISeriesStore>(sp => new Series.PostgresSeriesStore(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IRecaps>(sp => new Recaps.PostgresRecaps(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IPersonalData>(sp => new Privacy.PostgresPersonalData(sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<Engine.Outbox.IOutboxLeases>(sp => new Fleet.PostgresOutboxLeases(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<Engine.Outbox.IFleetHeartbeats>(sp => new Fleet.PostgresFleetHeartbeats(sp.GetRequiredService<PostgresDatabase>()));
        services.AddSingleton<IStorageHealth>(sp => new PostgresStorageHealth(sp.GetRequiredService<PostgresDatabase>()));

        services.AddSingleton(sp => new StorageStartupCheck(sp.GetRequiredService<PostgresDatabase>(), sp.GetServices<PostgresPortGap>()));

        // Registered here, i.e. before start-up recovery (AddWatchBotRecovery), which reads the store.
        services.AddSingleton<IHostedService, PostgresStorageInitializer>();
    }

    private static void NotYet<TPort>(IServiceCollection services)
        where TPort : class
    {
        var gap = new PostgresPortGap(typeof(TPort).Name);
        services.AddSingleton(gap);
        services.AddSingleton<TPort>(_ => throw PostgresPortGap.Error([gap]));
    }
}
