using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// One caller's write waiting for the group commit: it may run more than once (a shared transaction
/// that failed is rolled back and each write tried alone), so its outcome is kept aside and handed to
/// the caller only once the transaction that holds it has committed.
/// </summary>
internal abstract class SqliteGroupWrite(bool synced, CancellationToken cancellationToken)
{
    /// <summary>Whether the commit must reach the disk before the caller hears of it (the WAL is synced).</summary>
    public bool Synced { get; } = synced;

    public CancellationToken Cancellation { get; } = cancellationToken;

    /// <summary>Runs the write inside <paramref name="transaction"/> and keeps its result aside.</summary>
    public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>The transaction committed: the caller gets the result kept by the last run.</summary>
    public abstract void Committed();

    public abstract void Fail(Exception exception);
}

/// <inheritdoc cref="SqliteGroupWrite"/>
internal sealed class SqliteGroupWrite<T>(
    Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> write, bool synced, CancellationToken cancellationToken)
    : SqliteGroupWrite(synced, cancellationToken)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    /// <summary>Completes once the write is committed (its result) or has failed alone (its exception).</summary>
    public Task<T> Done => _done.Task;

    public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
        _result = await write(connection, transaction, Cancellation);

    public override void Committed() => _done.TrySetResult(_result!);

    public override void Fail(Exception exception)
    {
        if (exception is OperationCanceledException && Cancellation.IsCancellationRequested)
        {
            _done.TrySetCanceled(Cancellation);
            return;
        }

        _done.TrySetException(exception);
    }
}
