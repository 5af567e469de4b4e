using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The session store in one SQLite file (<see cref="StorageOptions.SqlitePath"/>). Safe to share: every
/// operation opens its own pooled connection, and the schema is migrated once, before the first one.
/// A save is committed, and synced to disk, when its task completes.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;

    public SqliteSessionStore(IOptions<StorageOptions> options, ILogger<SqliteSessionStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _database = new SqliteDatabase(options.Value, logger);
    }

    internal SqliteSessionStore(SqliteDatabase database, ILogger logger)
    {
        _database = database;
        _logger = logger;
    }

    /// <summary>The database file, absolute.</summary>
    public string FilePath => _database.FilePath;

    /// <summary>The shared file, for the other tables' stores (one pool, one migration).</summary>
    internal SqliteDatabase Database => _database;

    /// <summary>
    /// Creates and migrates the database now rather than on first use; the host calls it at start so
    /// that a broken or too-new file stops start-up loudly. Every other method waits for it anyway.
    /// </summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _database.EnsureMigratedAsync(cancellationToken);

    public async Task<WatchSession?> GetAsync(SessionId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(SqliteSessionSql.SelectById, c => c.Parameters.AddWithValue("@id", id.Value), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<WatchSession?> FindLiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var found = await QueryAsync(SqliteSessionSql.SelectLive, c => BindChannel(c, channel), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<WatchSession>> ListScheduledAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await QueryAsync(SqliteSessionSql.SelectScheduled, c => BindChannel(c, channel), cancellationToken);
    }

    public async Task<IReadOnlyList<WatchSession>> ListUnfinishedAsync(CancellationToken cancellationToken) =>
        await QueryAsync(SqliteSessionSql.SelectUnfinished, static _ => { }, cancellationToken);

    public async Task SaveAsync(WatchSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await _database.OpenAsync(cancellationToken);

        // IMMEDIATE: the write lock is taken up front, so two saves queue instead of deadlocking on upgrade.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var upsert = Command(connection, transaction, SqliteSessionSql.Upsert))
        {
            SessionRows.BindSession(upsert, session);
            try
            {
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException ex) when (IsLiveConflict(ex))
            {
                Log.LiveConflict(_logger, session.Id.Value, session.Channel.ToString());
                throw new LiveSessionConflictException(session.Channel, ex);
            }
        }

        await AppendReactionsAsync(connection, transaction, session, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public void Dispose() => _database.Dispose();

    private static async Task AppendReactionsAsync(SqliteConnection connection, SqliteTransaction transaction, WatchSession session, CancellationToken cancellationToken)
    {
        if (session.Reactions.IsEmpty)
        {
            return;
        }

        long stored;
        await using (var last = Command(connection, transaction, SqliteSessionSql.LastReactionSeq))
        {
            last.Parameters.AddWithValue("@session_id", session.Id.Value);
            stored = (long)(await last.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var insert = Command(connection, transaction, SqliteSessionSql.InsertReaction);
        foreach (var reaction in session.Reactions.Where(r => r.Sequence > stored))
        {
            SessionRows.BindReaction(insert, session.Id, reaction);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Sessions and their reactions read in one transaction, so they agree with each other.</summary>
    private async Task<List<WatchSession>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var sessions = new List<WatchSession>();
        await using (var select = Command(connection, transaction, sql))
        {
            bind(select);
            await using var rows = await select.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                sessions.Add(SessionRows.ReadSession(rows));
            }
        }

        await using var reactions = Command(connection, transaction, SqliteSessionSql.SelectReactions);
        for (var i = 0; i < sessions.Count; i++)
        {
            reactions.Parameters.Clear();
            reactions.Parameters.AddWithValue("@session_id", sessions[i].Id.Value);
            await using var rows = await reactions.ExecuteReaderAsync(cancellationToken);
            var list = new List<Reaction>();
            while (await rows.ReadAsync(cancellationToken))
            {
                list.Add(SessionRows.ReadReaction(rows));
            }

            sessions[i] = sessions[i] with { Reactions = [.. list] };
        }

        await transaction.CommitAsync(cancellationToken);
        return sessions;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void BindChannel(SqliteCommand command, ChannelAddress channel)
    {
        command.Parameters.AddWithValue("@platform", channel.Platform);
        command.Parameters.AddWithValue("@space_id", channel.SpaceId);
        command.Parameters.AddWithValue("@channel_id", channel.ChannelId);
    }

    // SQLITE_CONSTRAINT_UNIQUE on the live-session index. The id is an upsert target and reactions
    // are inserted OR IGNORE, so no other unique violation is expected; any that appears stays itself.
    private static bool IsLiveConflict(SqliteException ex) =>
        ex.SqliteExtendedErrorCode == 2067 && ex.Message.Contains(SqliteSchema.LiveIndexColumns, StringComparison.Ordinal);
}
