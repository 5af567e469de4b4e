using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Quartz;

namespace WatchBot.Scheduling;

/// <summary>
/// Quartz's clustered ADO.NET store on PostgreSQL, in the session database: every instance sharing it
/// is a node of one cluster. A trigger is claimed by one node under a row lock, so a timer fires once
/// however many instances run; a node that stops checking in is declared dead by the others, which
/// fire what it had claimed (jobs that request recovery run again, flagged as recovering).
/// </summary>
internal static class PostgresJobStore
{
    /// <remarks>
    /// Quartz marks <c>UsePostgres</c> as unsafe to trim because its driver description names Npgsql's
    /// connection, command, parameter and <c>NpgsqlDbType</c> types as strings; connections come from our
    /// own data source and the named types are kept whole by the <see cref="DynamicDependencyAttribute"/>s.
    /// </remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NpgsqlConnection))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NpgsqlCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NpgsqlParameter))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields, typeof(NpgsqlDbType))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The types Quartz names for Npgsql are kept by the DynamicDependency attributes; connections come from our data source.")]
    public static void Configure(IQuartzBuilder quartz, IConfiguration configuration)
    {
        quartz.UsePersistentStore(store =>
        {
            store.UsePostgres(dataSource => dataSource.DataSourceFactory = services => CreateDataSource(services, configuration));

            // The check-in settings come from the validated Scheduling options (ApplyClustering).
            store.UseClustering(_ => { });

            // Guarded CREATE ... IF NOT EXISTS from the PostgreSQL delegate's script: an empty database
            // gets its tables at the first start, and instances starting together all get past it.
            store.ProvisionSchema();
            store.UseSystemTextJsonSerializer();
            // As on SQLite: name/value strings, nothing binary, nothing tied to a CLR type. A stop waits
            // for running timers (the hosted service's WaitForJobsToComplete) as it does on SQLite.
            store.ConfigureStore(adoStore => adoStore.StoreJobDataAsStrings = true);
        });
    }

    public static void ApplyClustering(ClusteringOptions clustering, IOptions<SchedulingOptions> scheduling)
    {
        if (TryRead(scheduling) is { } options)
        {
            clustering.CheckinInterval = options.ClusterCheckinInterval;
            clustering.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
        }
    }

    private static SchedulingOptions? TryRead(IOptions<SchedulingOptions> scheduling)
    {
        try
        {
            return scheduling.Value;
        }
        catch (OptionsValidationException)
        {
            // Start-up validation of Scheduling already fails with this, naming the key; Quartz's own
            // validation of its options must not report it a second time.
            return null;
        }
    }

    /// <summary>
    /// Runs when the store first needs a connection, inside the running host, so a host that fails
    /// its start-up validation never reaches the database.
    /// </summary>
    private static NpgsqlDataSource CreateDataSource(IServiceProvider services, IConfiguration configuration)
    {
        var connectionString = configuration[JobStoreProvider.ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"{JobStoreProvider.ProviderKey} is postgres but {JobStoreProvider.ConnectionStringKey} is empty.");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PostgresJobStore));
        Log.PostgresJobStoreOpened(logger, builder.Host ?? "", builder.Port, builder.Database ?? "");
        return NpgsqlDataSource.Create(builder);
    }
}
