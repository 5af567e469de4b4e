using System.Globalization;
using Npgsql;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>The write path: session, reactions, other aggregates and the outbox in one transaction.</summary>
internal sealed partial class PostgresSessionStore
{
    private async Task<IReadOnlyList<OutboxEntry>> WriteAsync(SessionCommit commit, bool expectVersion, CancellationToken cancellationToken)
    {
        var session = commit.Session;
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = new NpgsqlCommand(expectVersion ? PostgresSessionSql.UpsertExpecting : PostgresSessionSql.Upsert, connection, transaction))
        {
            PostgresSessionRows.BindSession(upsert.Parameters, session);
            if (expectVersion)
            {
                upsert.Parameters.AddWithValue("expected_version", session.Version);
            }

            int changed;
            try
            {
                changed = await upsert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (IsUniqueViolationOn(ex, PostgresSchema.LiveIndex))
            {
                Log.LiveConflict(_logger, session.Id.Value, session.Channel.ToString());
                throw new LiveSessionConflictException(session.Channel, ex);
            }
            catch (PostgresException ex) when (IsUniqueViolationOn(ex, PostgresSchema.OccurrenceIndex) && session.Occurrence is { } occurrence)
            {
                // Another writer booked this occurrence first: a conflict on the series, decided again.
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
        var committed = await AppendOutboxAsync(connection, transaction, commit.Outbox, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return committed;
    }

    private async Task WriteChangesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<AggregateChange> changes, CancellationToken cancellationToken)
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

    private static async Task AppendReactionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WatchSession session, IReadOnlyList<Reaction> reactions, CancellationToken cancellationToken)
    {
        if (reactions.Count == 0)
        {
            return;
        }

        await using var insert = new NpgsqlCommand(PostgresSessionSql.InsertReaction, connection, transaction);
        foreach (var reaction in reactions)
        {
            PostgresSessionRows.BindReaction(insert.Parameters, session, reaction);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<List<OutboxEntry>> AppendOutboxAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var committed = new List<OutboxEntry>(entries.Count);
        if (entries.Count == 0)
        {
            return committed;
        }

        // Ids are handed out at insert but become visible at commit; with several writers, a later id
        // could commit first and be sent before an earlier one of the same channel. A per-channel lock
        // held to the commit makes a channel's id order its commit order (sorted: no lock-order deadlock).
        foreach (var channel in entries.Select(e => e.Channel.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await using var channelLock = new NpgsqlCommand(PostgresSessionSql.LockOutboxChannel, connection, transaction);
            channelLock.Parameters.AddWithValue("channel", channel);
            await channelLock.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand(PostgresSessionSql.InsertOutbox, connection, transaction);
        foreach (var entry in entries)
        {
            PostgresSessionRows.BindOutbox(insert.Parameters, entry);
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            committed.Add(entry with { Id = id });
        }

        return committed;
    }

    private static bool IsUniqueViolationOn(PostgresException ex, string index) =>
        ex.SqlState == PostgresErrorCodes.UniqueViolation && string.Equals(ex.ConstraintName, index, StringComparison.Ordinal);
}
