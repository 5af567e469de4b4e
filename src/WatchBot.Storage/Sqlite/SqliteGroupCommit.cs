using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Group commit: this process's writes to the session file go through one writer, which takes every
/// write waiting when it comes round into one transaction (one WAL sync for all of them), each in a
/// savepoint of its own so that one that fails (a version conflict, a constraint) is undone alone and
/// the others still commit. A caller hears of its write only once the transaction holding it has
/// committed, synced to disk: durability is that of one transaction per write. If the shared
/// transaction itself fails, it is rolled back and each write is tried again alone.
/// Measured under 200 bookings/s: one synced transaction per booking queued the bookings behind
/// each other's syncs; grouped, the syncs are shared by whoever waited at the same moment.
/// The writer keeps one connection of its own (unpooled) open, so no write pays for the pool, and
/// the statements run on it prepared (<see cref="SqliteWriterStatements"/>), so none is compiled twice.
/// </summary>
internal sealed partial class SqliteGroupCommit : IDisposable
{
    /// <summary>Writes per transaction at most, so one group never holds the file's write lock for long.</summary>
    internal const int MaxGroup = 128;

    private const string Savepoint = "group_write";
    private const string SaveSql = $"SAVEPOINT {Savepoint};";
    private const string ReleaseSql = $"RELEASE {Savepoint};";

    private readonly Channel<SqliteGroupWrite> _writes = Channel.CreateUnbounded<SqliteGroupWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Func<CancellationToken, Task<IDisposable>> _turn;
    private readonly ILogger _logger;
    private readonly Action<int> _committed;
    private readonly Lazy<Task> _writer;
    private SqliteConnection? _connection;
    private SqliteWriterStatements? _statements;
    private bool? _synced;
    private long _transactions;
    private long _syncedTransactions;
    private int _queued;

    /// <param name="open">Opens the writer's own configured connection (synchronous = FULL).</param>
    /// <param name="turn">This process's turn to write the file, shared with any other writer of it.</param>
    /// <param name="logger">Where a group that failed as a whole is told.</param>
    /// <param name="committed">Told how many writes each transaction committed, after it committed (the checkpointer).</param>
    public SqliteGroupCommit(
        Func<CancellationToken, Task<SqliteConnection>> open, Func<CancellationToken, Task<IDisposable>> turn, ILogger logger, Action<int> committed)
    {
        _open = open;
        _turn = turn;
        _logger = logger;
        _committed = committed;
        _writer = new Lazy<Task>(() => Task.Run(WriteAllAsync));
    }

    /// <summary>Writes queued for the writer, not yet taken into a group (for tests).</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <summary>Transactions committed so far (a group, or a write tried alone), for tests and the benchmark.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Of those, the ones synced to disk (one WAL fsync each).</summary>
    public long SyncedTransactions => Interlocked.Read(ref _syncedTransactions);

    /// <summary>
    /// Runs <paramref name="write"/> in the next group's transaction; completes when that transaction
    /// has committed (synced to disk if <paramref name="synced"/>), or with the write's own exception
    /// (nothing of it stored). <paramref name="write"/> may run more than once: it must only use the
    /// connection and transaction it is given.
    /// </summary>
    public Task<T> WriteAsync<T>(
        Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, bool synced, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var queued = new SqliteGroupWrite<T>(write, synced, cancellationToken);
        Interlocked.Increment(ref _queued);
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(queued), this);

        _ = _writer.Value;
        return queued.Done;
    }

    /// <summary>Stops taking writes, lets the queued ones finish, and closes the writer's connection.</summary>
    public void Dispose()
    {
        _writes.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            // Bounded: a stuck disk must not hang the host's shutdown forever; the writes in hand are then lost as unacknowledged.
            _writer.Value.Wait(TimeSpan.FromSeconds(10));
        }
        else
        {
            CloseConnection();
        }
    }

    /// <summary>
    /// The writer: waits for a write, then for the turn, and only then takes what is queued, so every
    /// write that arrived while it waited (for the turn or for the last group's sync) joins this group.
    /// </summary>
    private async Task WriteAllAsync()
    {
        var group = new List<SqliteGroupWrite>(MaxGroup);
        try
        {
            while (await _writes.Reader.WaitToReadAsync())
            {
                using var turn = await _turn(CancellationToken.None);
                while (group.Count < MaxGroup && _writes.Reader.TryRead(out var next))
                {
                    Interlocked.Decrement(ref _queued);
                    if (next.Cancellation.IsCancellationRequested)
                    {
                        next.Fail(new OperationCanceledException(next.Cancellation));
                        continue;
                    }

                    group.Add(next);
                }

                await WriteGroupAsync(group);
                group.Clear();
            }
        }
        finally
        {
            CloseConnection();
        }
    }
}
