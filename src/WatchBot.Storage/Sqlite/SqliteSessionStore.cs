using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The session store in one SQLite file (<see cref="StorageOptions.SqlitePath"/>). Safe to share: every
/// read opens its own pooled connection, every write goes through the file's group commit, and the
/// schema is migrated once, before the first one. A save is committed, and synced to disk, when its task completes.
/// </summary>
public sealed class SqliteSessionStore : ISessionStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly ILogger _logger;
    private readonly Dictionary<string, ISqliteAggregateWriter> _writers = new(StringComparer.Ordinal);

    public SqliteSessionStore(IOptions<StorageOptions> options, ILogger<SqliteSessionStore> logger, IEnumerable<ISqliteAggregateWriter>? writers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _database = new SqliteDatabase(options.Value, logger);
        // Recaps are kept by every session store: an ended session's commit carries one.
        AddWriters([new Recaps.SqliteRecapWriter(), .. writers ?? []]);
    }

    internal SqliteSessionStore(SqliteDatabase database, ILogger logger)
    {
        _database = database;
        _logger = logger;
        AddWriters([new Recaps.SqliteRecapWriter()]);
    }

    private void AddWriters(IEnumerable<ISqliteAggregateWriter> writers)
    {
        foreach (var writer in writers)
        {
            if (!_writers.TryAdd(writer.Kind, writer))
            {
                throw new ArgumentException($"Two writers for aggregate kind '{writer.Kind}'; a kind has exactly one.", nameof(writers));
            }
        }
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

    public async Task<IReadOnlyList<Reaction>> ListReactionsAsync(SessionId id, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = SqliteSessionSql.SelectReactions;
        select.Parameters.AddWithValue("@session_id", id.Value);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var reactions = new List<Reaction>();
        while (await rows.ReadAsync(cancellationToken))
        {
            reactions.Add(SessionRows.ReadReaction(rows));
        }

        return reactions;
    }

    /// <summary>A save that appends no reaction.</summary>
    public Task SaveAsync(WatchSession session, CancellationToken cancellationToken) => SaveAsync(session, [], cancellationToken);

    public async Task SaveAsync(WatchSession session, IReadOnlyList<Reaction> newReactions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(newReactions);
        await WriteAsync(new SessionCommit(session, newReactions, []), expectVersion: false, cancellationToken);
    }

    public Task<IReadOnlyList<OutboxEntry>> CommitAsync(SessionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return WriteAsync(commit, expectVersion: true, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ListPendingOutboxAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = SqliteSessionSql.SelectPendingOutbox;
        select.Parameters.AddWithValue("@limit", (long)limit);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await rows.ReadAsync(cancellationToken))
        {
            entries.Add(SessionRows.ReadOutbox(rows));
        }

        return entries;
    }

    /// <summary>
    /// Marks an entry sent without waiting for the disk: a group of marks only is committed with
    /// <c>synchronous = NORMAL</c> (a mark that shares a group with a commit is synced with it). It
    /// survives the process being killed, and only a power cut or an OS crash can lose the mark,
    /// which re-sends that notice once, as a crash between send and mark always could. The commit it
    /// follows was synced; this one need not wait for the disk.
    /// </summary>
    public Task MarkOutboxSentAsync(long id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var statement = SqliteWriterStatements.Take(connection, transaction, SqliteSessionSql.MarkOutboxSent);
                var update = statement.Command;
                update.Parameters.AddWithValue("@id", id);
                update.Parameters.AddWithValue("@sent_at", sentAt.ToUnixTimeMilliseconds());
                return await update.ExecuteNonQueryAsync(ct);
            },
            cancellationToken,
            synced: false);

    public Task MarkOutboxFailedAsync(long id, CancellationToken cancellationToken) =>
        _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var update = Command(connection, transaction, SqliteSessionSql.MarkOutboxFailed);
                update.Parameters.AddWithValue("@id", id);
                return await update.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);

    /// <summary>
    /// The session, its reactions, the other aggregates and the announcements, in the group commit's
    /// next transaction (a savepoint of their own: a conflict here undoes only this commit).
    /// </summary>
    private Task<IReadOnlyList<OutboxEntry>> WriteAsync(SessionCommit commit, bool expectVersion, CancellationToken cancellationToken) =>
        _database.WriteAsync((connection, transaction, ct) => WriteInAsync(connection, transaction, commit, expectVersion, ct), cancellationToken);

    private async Task<IReadOnlyList<OutboxEntry>> WriteInAsync(
        SqliteConnection connection, SqliteTransaction transaction, SessionCommit commit, bool expectVersion, CancellationToken cancellationToken)
    {
        var session = commit.Session;
        await using (var statement = SqliteWriterStatements.Take(connection, transaction, expectVersion ? SqliteSessionSql.UpsertExpecting : SqliteSessionSql.Upsert))
        {
            var upsert = statement.Command;
            SessionRows.BindSession(upsert, session);
            if (expectVersion)
            {
                upsert.Parameters.AddWithValue("@expected_version", session.Version);
            }

            int changed;
            try
            {
                changed = await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException ex) when (IsLiveConflict(ex))
            {
                Log.LiveConflict(_logger, session.Id.Value, session.Channel.ToString());
                throw new LiveSessionConflictException(session.Channel, ex);
            }
            catch (SqliteException ex) when (IsOccurrenceConflict(ex) && session.Occurrence is { } occurrence)
            {
                // Another writer booked this occurrence first (two generators racing, or a restart): a
                // conflict on the series, so the coordinator decides again from what is stored now.
                var date = occurrence.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Log.OccurrenceConflict(_logger, session.Id.Value, occurrence.Series.Value, date);
                throw new AggregateVersionConflictException($"Occurrence {date} of series {occurrence.Series} is already booked.", ex);
            }

            // A new session (version 0) must not exist yet: its insert hits the id and updates nothing.
            if (changed == 0)
            {
                Log.VersionConflict(_logger, session.Id.Value, session.Version);
                throw new SessionVersionConflictException(session.Id, session.Version);
            }
        }

        await AppendReactionsAsync(connection, transaction, session, commit.NewReactions, cancellationToken);
        await WriteChangesAsync(connection, transaction, commit.Changes, cancellationToken);
        return await AppendOutboxAsync(connection, transaction, commit.Outbox, cancellationToken);
    }

    /// <summary>Other aggregates the decision changed, each through its kind's writer, in the same transaction.</summary>
    private async Task WriteChangesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            if (!_writers.TryGetValue(change.Key.Kind, out var writer))
            {
                // Before anything is committed: a change no writer knows must not be half-saved or dropped.
                throw new InvalidOperationException($"No writer is registered for aggregate kind '{change.Key.Kind}'.");
            }

            await writer.WriteAsync(connection, transaction, change, cancellationToken);
        }
    }

    private static async Task<List<OutboxEntry>> AppendOutboxAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var committed = new List<OutboxEntry>(entries.Count);
        if (entries.Count == 0)
        {
            return committed;
        }

        await using var statement = SqliteWriterStatements.Take(connection, transaction, SqliteSessionSql.InsertOutbox);
        var insert = statement.Command;
        foreach (var entry in entries)
        {
            SessionRows.BindOutbox(insert, entry);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            committed.Add(entry with { Id = id });
        }

        return committed;
    }

    public void Dispose() => _database.Dispose();

    private static async Task AppendReactionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, WatchSession session, IReadOnlyList<Reaction> reactions, CancellationToken cancellationToken)
    {
        if (reactions.Count == 0)
        {
            return;
        }

        await using var insert = Command(connection, transaction, SqliteSessionSql.InsertReaction);
        foreach (var reaction in reactions)
        {
            SessionRows.BindReaction(insert, session, reaction);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Sessions only: a session carries its reaction summary, never its reactions, so reading one
    /// costs the same however many reactions it has.
    /// </summary>
    private async Task<List<WatchSession>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = sql;
        bind(select);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);
        var sessions = new List<WatchSession>();
        while (await rows.ReadAsync(cancellationToken))
        {
            sessions.Add(SessionRows.ReadSession(rows));
        }

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

    // SQLITE_CONSTRAINT_UNIQUE on the live-session or the occurrence index. The id is an upsert target and
    // reactions are inserted OR IGNORE, so no other unique violation is expected; any that appears stays itself.
    private static bool IsLiveConflict(SqliteException ex) =>
        ex.SqliteExtendedErrorCode == 2067 && ex.Message.Contains(SqliteSchema.LiveIndexColumns, StringComparison.Ordinal);

    private static bool IsOccurrenceConflict(SqliteException ex) =>
        ex.SqliteExtendedErrorCode == 2067 && ex.Message.Contains(SqliteSchema.OccurrenceIndexColumns, StringComparison.Ordinal);
}
