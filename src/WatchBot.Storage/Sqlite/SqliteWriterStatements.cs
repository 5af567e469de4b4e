using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Prepared statements kept on the group commit's own connection, one per SQL text, so the writes
/// that run on it every booking (the session upsert, the outbox insert, the savepoints) are compiled
/// once instead of once per write: SQLite's compiling of the 40-column upsert was about a third of
/// the session file's CPU per booking. Only the writer runs statements on that connection, one write
/// at a time; on any other connection (or a statement already taken) a fresh command is made and
/// disposed as before. Closing the writer's connection (after a failure) drops them all.
/// </summary>
internal sealed class SqliteWriterStatements : IDisposable
{
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteWriterStatements> s_byConnection = [];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);
    private bool _disposed;

    private SqliteWriterStatements(SqliteConnection connection) => _connection = connection;

    /// <summary>Keeps statements for <paramref name="connection"/> (the writer's) until disposed.</summary>
    public static SqliteWriterStatements Attach(SqliteConnection connection)
    {
        var statements = new SqliteWriterStatements(connection);
        s_byConnection.AddOrUpdate(connection, statements);
        return statements;
    }

    /// <summary>
    /// A command for <paramref name="sql"/> in <paramref name="transaction"/>, with no parameters:
    /// the kept one when <paramref name="connection"/> is the writer's, else a new one.
    /// </summary>
    public static SqliteStatement Take(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        if (s_byConnection.TryGetValue(connection, out var kept) && kept.TryTake(sql) is { } command)
        {
            command.Transaction = transaction;
            command.Parameters.Clear();
            return new SqliteStatement(command, kept);
        }

        var fresh = connection.CreateCommand();
        fresh.Transaction = transaction;
        fresh.CommandText = sql;
        return new SqliteStatement(fresh, kept);
    }

    /// <summary>Statements kept now, not in use (for tests).</summary>
    internal int Kept
    {
        get
        {
            lock (_idle)
            {
                return _idle.Count;
            }
        }
    }

    /// <summary>Takes the command back for its SQL; disposes it if one is kept already or the connection was closed.</summary>
    internal void Return(SqliteCommand command)
    {
        lock (_idle)
        {
            if (!_disposed && _idle.TryAdd(command.CommandText, command))
            {
                return;
            }
        }

        command.Dispose();
    }

    public void Dispose()
    {
        s_byConnection.Remove(_connection);
        List<SqliteCommand> commands;
        lock (_idle)
        {
            _disposed = true;
            commands = [.. _idle.Values];
            _idle.Clear();
        }

        commands.ForEach(c => c.Dispose());
    }

    private SqliteCommand? TryTake(string sql)
    {
        lock (_idle)
        {
            return !_disposed && _idle.Remove(sql, out var command) ? command : null;
        }
    }
}
