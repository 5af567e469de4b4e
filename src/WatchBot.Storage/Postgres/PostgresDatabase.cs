using Microsoft.Extensions.Logging;
using Npgsql;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// The one PostgreSQL database: one <see cref="NpgsqlDataSource"/> (the pool) for the process, and the
/// schema migrated once before the first connection is handed out.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly IReadOnlyList<PostgresMigration> _migrations;
    private readonly ILogger _logger;

    // A gate rather than Lazy<Task>: a failed migration (server restarting) is tried again by the next
    // operation instead of being remembered forever.
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(StorageOptions options, ILogger logger, IReadOnlyList<PostgresMigration>? migrations = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "WatchBot";
        }

        Description = Describe(builder);
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _migrations = migrations ?? PostgresSchema.Migrations;
        _logger = logger;
    }

    /// <summary>Host, port and database: what may be logged (never the user or the password).</summary>
    public string Description { get; }

    /// <summary>The process's pool; prefer <see cref="OpenAsync"/>, which migrates first.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>An open connection to a migrated database; the caller disposes it (back to the pool).</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Migrates the schema; later calls return at once.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await MigrateAsync(cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        _migrationGate.Dispose();
    }

    public void Dispose()
    {
        DataSource.Dispose();
        _migrationGate.Dispose();
    }

    /// <summary><c>host:port/database</c> of a connection string, for logs and start-up errors.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port}/{(string.IsNullOrEmpty(builder.Database) ? "(default database)" : builder.Database)}";

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // A failure is not logged here: start-up turns it into one line (StorageStartupCheck), and
        // a later operation's caller logs its own failure.
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        var version = await PostgresMigrator.MigrateAsync(connection, _migrations, _logger, cancellationToken);
        Log.PostgresOpened(_logger, Description, connection.PostgreSqlVersion.ToString(), version);
    }
}
