using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The one SQLite file: hands out configured connections (one per operation, pooled by
/// Microsoft.Data.Sqlite), migrates the schema exactly once, before the first connection is used,
/// and writes through its group commit (<see cref="WriteAsync{T}"/>).
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly string _writerConnectionString;
    private readonly string _connectionPragmas;
    private readonly IReadOnlyList<SqliteMigration> _migrations;
    private readonly ILogger _logger;

    // A gate rather than Lazy<Task>: a failed migration (file locked by a backup, disk full) is
    // tried again by the next operation instead of being remembered forever.
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    // This process's writers queue here, in order, instead of in SQLite's busy handler, which polls
    // the write lock with sleeps of up to 100 ms: under 200 bookings/s the session commits and the
    // outbox marks spent most of their time in it, and a writer could miss many free moments in a row.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // A pooled connection keeps its pragmas for as long as it lives (nobody here changes them on a
    // pooled one): set once per native connection instead of four statements on every open.
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    private readonly SqliteGroupCommit _groupCommit;
    private readonly SqliteCheckpointer _checkpointer;

    public SqliteDatabase(StorageOptions options, ILogger logger, IReadOnlyList<SqliteMigration>? migrations = null)
    {
        FilePath = Path.GetFullPath(options.SqlitePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
        _writerConnectionString = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
        _connectionPragmas = SqliteSchema.ConnectionPragmas((int)options.BusyTimeout.TotalMilliseconds);
        _migrations = migrations ?? SqliteSchema.Migrations;
        _logger = logger;
        _checkpointer = new SqliteCheckpointer(OpenUnpooledAsync, logger);
        _groupCommit = new SqliteGroupCommit(OpenWriterAsync, WriterTurnAsync, logger, _checkpointer.Committed);
    }

    /// <summary>The database file, absolute.</summary>
    public string FilePath { get; }

    /// <summary>An open connection to a migrated database; the caller disposes it (back to the pool).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenConfiguredAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the group commit's next transaction (<see cref="SqliteGroupCommit"/>):
    /// completes once it is committed, synced to disk unless <paramref name="synced"/> is false, or with
    /// its own exception and nothing of it stored. It may run more than once, so it uses only what it is given.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken, bool synced = true) =>
        _groupCommit.WriteAsync(write, synced, cancellationToken);

    /// <summary>Transactions the group commit has committed so far.</summary>
    public long GroupTransactions => _groupCommit.Transactions;

    /// <summary>Of those, the ones synced to disk.</summary>
    public long SyncedGroupTransactions => _groupCommit.SyncedTransactions;

    /// <summary>Writes waiting for the group commit's writer.</summary>
    public int QueuedWrites => _groupCommit.Queued;

    /// <summary>The WAL's checkpoints, run beside the group commit.</summary>
    public SqliteCheckpointer Checkpointer => _checkpointer;

    /// <summary>
    /// Waits for this process's turn to write (the file has one writer at a time anyway); dispose the
    /// result once the write is committed or abandoned. Held only around a write, never across a wait for anything else.
    /// </summary>
    public async Task<IDisposable> WriterTurnAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        return new Turn(_writeGate);
    }

    /// <summary>Creates the folder and the file if needed and migrates; later calls return at once.</summary>
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

    /// <summary>Closes the idle pooled connections, which releases the file and checkpoints the WAL.</summary>
    public void Dispose()
    {
        _groupCommit.Dispose();
        _checkpointer.Dispose();
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _migrationGate.Dispose();
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenConfiguredAsync(cancellationToken);
            var journalMode = await ScalarTextAsync(connection, SqliteSchema.EnableWal, cancellationToken);
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                Log.NotWal(_logger, FilePath, journalMode);
            }

            var version = await SqliteMigrator.MigrateAsync(connection, _migrations, _logger, cancellationToken);
            Log.DatabaseOpened(_logger, FilePath, connection.ServerVersion, journalMode, version);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.OpenFailed(_logger, ex, FilePath);
            throw;
        }
    }

    /// <summary>
    /// The group commit's own connection: unpooled, so the sync level it sets never reaches a pooled
    /// one; its automatic checkpoint only a safety net (<see cref="SqliteCheckpointer"/>).
    /// </summary>
    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenUnpooledAsync(cancellationToken);
        try
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA wal_autocheckpoint = {SqliteCheckpointer.WriterAutoCheckpointPages};";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenUnpooledAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenConfiguredAsync(cancellationToken, _writerConnectionString);
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken, string? connectionString = null)
    {
        var connection = new SqliteConnection(connectionString ?? _connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (_configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = _connectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _configured.TryAdd(connection.Handle!, Configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<string> ScalarTextAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
