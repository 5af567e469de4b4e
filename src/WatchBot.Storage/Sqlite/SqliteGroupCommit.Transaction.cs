using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>The group's transaction: savepoints per write, and one by one when the group's own transaction fails.</summary>
internal sealed partial class SqliteGroupCommit
{
    private async Task WriteGroupAsync(List<SqliteGroupWrite> group)
    {
        if (group.Count == 0)
        {
            return;
        }

        try
        {
            await CommitAsync(group);
            return;
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // Nothing of the group is stored: each write alone, so a write that broke the transaction fails by itself.
            Log.GroupFailed(_logger, ex, group.Count);
            CloseConnection();
        }
        catch (Exception ex)
        {
            CloseConnection();
            group[0].Fail(ex);
            return;
        }

        foreach (var write in group)
        {
            try
            {
                await CommitAsync([write]);
            }
            catch (Exception ex)
            {
                CloseConnection();
                write.Fail(ex);
            }
        }
    }

    /// <summary>
    /// One transaction for <paramref name="writes"/>; a write's own failure is undone to its savepoint
    /// and told to it once the others have committed. Throws (all rolled back, nobody told) if the
    /// transaction cannot go on or commit.
    /// </summary>
    private async Task CommitAsync(List<SqliteGroupWrite> writes)
    {
        var synced = writes.Any(w => w.Synced);
        var connection = await ConnectionAsync(synced);
        var failures = new Exception?[writes.Count];

        // IMMEDIATE: the write lock is taken up front (another process, or a pooled writer of this one, waits in the busy handler).
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            // A savepoint even for a write alone: its own failure (a conflict) then leaves the connection and the turn in good order.
            for (var i = 0; i < writes.Count; i++)
            {
                failures[i] = await RunInSavepointAsync(writes[i], connection, transaction);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }

        var stored = failures.Count(f => f is null);
        if (stored > 0)
        {
            Interlocked.Increment(ref _transactions);
            Interlocked.Add(ref _syncedTransactions, synced ? 1 : 0);
            SqliteWriteCounters.Committed(stored, synced);
            _committed(stored);
        }

        for (var i = 0; i < writes.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                writes[i].Fail(failure);
            }
            else
            {
                writes[i].Committed();
            }
        }
    }

    /// <returns>The write's own failure, undone; null if it ran. Throws if the savepoint cannot be undone (the transaction is lost).</returns>
    private static async Task<Exception?> RunInSavepointAsync(SqliteGroupWrite write, SqliteConnection connection, SqliteTransaction transaction)
    {
        if (write.Cancellation.IsCancellationRequested)
        {
            return new OperationCanceledException(write.Cancellation);
        }

        Run(connection, transaction, SaveSql);
        try
        {
            await write.RunAsync(connection, transaction);
            Run(connection, transaction, ReleaseSql);
            return null;
        }
        catch (Exception ex)
        {
            // If SQLite has already rolled the whole transaction back (disk full, I/O error), this throws: the group is tried one by one.
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            return ex;
        }
    }

    /// <summary>The writer's connection, opened on first use or after a failure, with the sync level the group needs.</summary>
    private async Task<SqliteConnection> ConnectionAsync(bool synced)
    {
        if (_connection is null)
        {
            _connection = await _open(CancellationToken.None);
            _statements = SqliteWriterStatements.Attach(_connection);
            _synced = true;
        }

        // A group that is only unsynced writes (the outbox's "sent" marks) need not wait for the disk; see SqliteSessionStore.MarkOutboxSentAsync.
        if (_synced != synced)
        {
            await using var pragma = _connection.CreateCommand();
            pragma.CommandText = synced ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(CancellationToken.None);
            _synced = synced;
        }

        return _connection;
    }

    /// <summary>A savepoint's statement, kept prepared on the writer's connection.</summary>
    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var statement = SqliteWriterStatements.Take(connection, transaction, sql);
        statement.Command.ExecuteNonQuery();
    }

    private void CloseConnection()
    {
        _statements?.Dispose();
        _statements = null;
        _connection?.Dispose();
        _connection = null;
        _synced = null;
    }
}
