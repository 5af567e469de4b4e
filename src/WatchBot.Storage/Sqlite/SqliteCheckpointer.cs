using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the file beside the group commit instead of inside it. SQLite's own
/// checkpoint runs in the commit that crosses 1,000 pages, and under 200 bookings/s that was about
/// once a second: copying the pages and syncing the file held the writer, and every booking queued
/// behind it, for milliseconds. Here a passive checkpoint (it never blocks or waits for a writer) runs
/// on a connection of its own after every <see cref="WritesPerCheckpoint"/> committed writes; the
/// writer's own automatic checkpoint stays on, at a much larger size, in case this one falls behind.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Committed writes between two checkpoints (a write is a few pages).</summary>
    internal const int WritesPerCheckpoint = 256;

    /// <summary>The writer's own automatic checkpoint, in pages (4 KiB each): only a safety net.</summary>
    internal const int WriterAutoCheckpointPages = 16_000;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _due = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lazy<Task> _loop;
    private int _writes;
    private int _disposed;
    private long _checkpoints;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="open">Opens an unpooled, configured connection to the file.</param>
    /// <param name="logger">Where a failed checkpoint is told (the next one tries again).</param>
    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open, ILogger logger)
    {
        _open = open;
        _logger = logger;
        _loop = new Lazy<Task>(() => Task.Run(RunAsync));
    }

    /// <summary>Checkpoints run so far.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Completes when the next checkpoint has run (for tests).</summary>
    public Task NextCheckpoint => Volatile.Read(ref _next).Task;

    /// <summary>The group commit committed <paramref name="writes"/> writes; never waits.</summary>
    public void Committed(int writes)
    {
        if (Interlocked.Add(ref _writes, writes) < WritesPerCheckpoint)
        {
            return;
        }

        Interlocked.Exchange(ref _writes, 0);
        _ = _loop.Value;
        if (_due.CurrentCount == 0)
        {
            try
            {
                _due.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already due: one checkpoint covers both.
            }
        }
    }

    /// <summary>Stops checkpointing (the last connection to close checkpoints the WAL anyway). Safe to call twice.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stop.Cancel();
        if (_loop.IsValueCreated)
        {
            _loop.Value.Wait(TimeSpan.FromSeconds(10));
        }
    }

    private async Task RunAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                await _due.WaitAsync(_stop.Token);
                try
                {
                    connection ??= await _open(_stop.Token);
                    await using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    await checkpoint.ExecuteNonQueryAsync(_stop.Token);
                    Interlocked.Increment(ref _checkpoints);
                    Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.CheckpointFailed(_logger, ex);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            connection?.Dispose();
        }
    }
}
