using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite.Polls;

/// <summary>
/// Writes a <see cref="PollChange"/> inside the session commit's transaction: the poll row inserted at
/// version 1 when expected at 0, else updated only at the expected version (a moved version throws
/// <see cref="AggregateVersionConflictException"/> and the whole commit rolls back); then its
/// nominations and votes are written as they now stand.
/// </summary>
public sealed class SqlitePollWriter : ISqliteAggregateWriter
{
    private const string Insert = $"""
        INSERT INTO polls ({PollRows.Columns})
        VALUES (@id, @platform, @space_id, @channel_id, @session_id, @opened_by_id, @opened_by_name, @opened_at, @closes_at, @closed_at, @winner, @next_number, 1)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string Update = """
        UPDATE polls SET closes_at = @closes_at, closed_at = @closed_at, winner = @winner, next_number = @next_number, version = version + 1
        WHERE id = @id AND version = @expected_version;
        """;

    private const string Clear = """
        DELETE FROM poll_nominations WHERE poll_id = @id;
        DELETE FROM poll_votes WHERE poll_id = @id;
        """;

    public string Kind => PollId.AggregateKind;

    public async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (change is not PollChange { Poll: var poll })
        {
            throw new ArgumentException($"The poll writer writes poll changes, not {change?.GetType().Name}.", nameof(change));
        }

        await using (var command = Command(connection, transaction, change.ExpectedVersion == 0 ? Insert : Update))
        {
            PollRows.Bind(command.Parameters, poll);
            command.Parameters.AddWithValue("@expected_version", change.ExpectedVersion);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new AggregateVersionConflictException(change.Key, change.ExpectedVersion);
            }
        }

        await using (var clear = Command(connection, transaction, Clear))
        {
            clear.Parameters.AddWithValue("@id", poll.Id.Value);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var nomination in poll.Nominations)
        {
            await using var insert = Command(connection, transaction, """
                INSERT INTO poll_nominations (poll_id, number, title, by_id, by_name, nominated_at, adult)
                VALUES (@id, @number, @title, @by_id, @by_name, @at, @adult);
                """);
            insert.Parameters.AddWithValue("@id", poll.Id.Value);
            insert.Parameters.AddWithValue("@number", (long)nomination.Number);
            insert.Parameters.AddWithValue("@title", nomination.Title);
            insert.Parameters.AddWithValue("@by_id", PollRows.StoredId(poll, nomination.By));
            insert.Parameters.AddWithValue("@by_name", nomination.By.DisplayName);
            insert.Parameters.AddWithValue("@at", nomination.At.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("@adult", nomination.Adult ? 1L : 0L);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (voter, number) in poll.Votes)
        {
            await using var insert = Command(connection, transaction, "INSERT INTO poll_votes (poll_id, voter_id, number) VALUES (@id, @voter, @number);");
            insert.Parameters.AddWithValue("@id", poll.Id.Value);
            insert.Parameters.AddWithValue("@voter", PollRows.StoredId(poll, voter));
            insert.Parameters.AddWithValue("@number", (long)number);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
