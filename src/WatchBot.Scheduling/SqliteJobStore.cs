using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace WatchBot.Scheduling;

/// <summary>Opens Quartz's SQLite file from <see cref="SchedulingOptions.SqlitePath"/>.</summary>
/// <remarks>
/// A firing is a few small transactions (acquire, fired, complete). With SQLite's defaults (a
/// rollback journal created, synced and deleted per transaction) 2,000 timers due at one instant
/// fired up to 5 s late; in WAL mode with <c>synchronous=NORMAL</c> they fire within 2 s. NORMAL keeps
/// every commit through a crash of the process; only a power cut can lose the last ones, and the
/// timers are derived data: start-up recovery re-arms them from the sessions database, which keeps
/// <c>synchronous=FULL</c>.
/// </remarks>
internal static class SqliteJobStore
{
    /// <summary>Quartz's ADO.NET store on SQLite, its connections from <see cref="CreateDataSource"/>.</summary>
    /// <remarks>
    /// Quartz marks <c>UseSqlite</c> as unsafe to trim because its driver description names
    /// Microsoft.Data.Sqlite's connection, command, parameter and exception types (and the parameter's
    /// <c>SqliteType</c> property) as strings. Here the connections come from our own data source, and the
    /// named types are kept whole by the <see cref="DynamicDependencyAttribute"/>s below, so the look-ups
    /// by name find them in a trimmed, Native AOT build too (the AOT smoke test fires a timer through it).
    /// </remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(SqliteConnection))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(SqliteCommand))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(SqliteParameter))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties, typeof(SqliteException))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields, typeof(SqliteType))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The types Quartz names for Microsoft.Data.Sqlite are kept by the DynamicDependency attributes; connections come from our data source.")]
    public static void Configure(IPersistentStoreBuilder store)
    {
        store.UseSqlite(dataSource => dataSource.DataSourceFactory = CreateDataSource);
        // Quartz 4.7 creates its own tables when they are missing (guarded CREATE ... IF NOT
        // EXISTS from the SQLite delegate's embedded script), then validates them.
        store.ProvisionSchema();
        store.UseSystemTextJsonSerializer();
        // Job data as name/value strings: nothing binary in the file, nothing tied to a CLR type.
        store.ConfigureStore(adoStore => adoStore.StoreJobDataAsStrings = true);
    }

    /// <summary>
    /// Quartz's data source factory. It runs when the store first needs a connection, inside the
    /// running host: the options are bound and validated by then, and the folder is made only for a
    /// host that really starts.
    /// </summary>
    public static DbDataSource CreateDataSource(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var path = Path.GetFullPath(options.SqlitePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Log.JobStoreOpened(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SqliteJobStore)), path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();

        // The journal mode is a property of the file: set once, every later connection uses it.
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        return new WalDataSource(connectionString);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Connections that set <c>synchronous=NORMAL</c> (a per-connection setting) whenever they open.</summary>
    private sealed class WalDataSource(string connectionString) : DbDataSource
    {
        public override string ConnectionString => connectionString;

        protected override DbConnection CreateDbConnection()
        {
            var connection = new SqliteConnection(connectionString);
            connection.StateChange += (_, change) =>
            {
                if (change.CurrentState == ConnectionState.Open)
                {
                    Execute(connection, "PRAGMA synchronous=NORMAL;");
                }
            };
            return connection;
        }
    }
}
