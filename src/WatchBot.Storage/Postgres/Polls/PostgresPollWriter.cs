using Npgsql;
using NpgsqlTypes;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite.Polls;

namespace WatchBot.Storage.Postgres.Polls;

/// <summary>
/// Writes a <see cref="PollChange"/> inside the session commit's transaction: the poll row inserted at
/// version 1 when expected at 0, else updated only at the expected version (a moved version throws
/// <see cref="AggregateVersionConflictException"/> and the whole commit rolls back); then its
/// nominations and votes are written as they now stand, each table in one statement (arrays unnested).
/// </summary>
internal sealed class PostgresPollWriter : IPostgresAggregateWriter
{
    private const string Insert = $"""
        INSERT INTO polls ({PostgresPollRows.Columns})
        VALUES (@id, @platform, @space_id, @channel_id, @session_id, @opened_by_id, @opened_by_name, @opened_at, @closes_at, @closed_at, @winner, @next_number, 1)
        ON CONFLICT (id) DO NOTHING;
        """;

    private const string Update = """
        UPDATE polls SET closes_at = @closes_at, closed_at = @closed_at, winner = @winner, next_number = @next_number, version = version + 1
        WHERE id = @id AND version = @expected_version;
        """;

    private const string Parts = """
        DELETE FROM poll_nominations WHERE poll_id = @id;
        DELETE FROM poll_votes WHERE poll_id = @id;
        INSERT INTO poll_nominations (poll_id, number, title, by_id, by_name, nominated_at, adult)
            SELECT @id, n.* FROM unnest(@numbers, @titles, @by_ids, @by_names, @nominated_at, @adult) AS n;
        INSERT INTO poll_votes (poll_id, voter_id, number)
            SELECT @id, v.* FROM unnest(@voters, @choices) AS v;
        """;

    public string Kind => PollId.AggregateKind;

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (change is not PollChange { Poll: var poll })
        {
            throw new ArgumentException($"The poll writer writes poll changes, not {change?.GetType().Name}.", nameof(change));
        }

        await using (var command = new NpgsqlCommand(change.ExpectedVersion == 0 ? Insert : Update, connection, transaction))
        {
            PostgresPollRows.Bind(command.Parameters, poll);
            command.Parameters.AddWithValue("expected_version", change.ExpectedVersion);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new AggregateVersionConflictException(change.Key, change.ExpectedVersion);
            }
        }

        await using var parts = new NpgsqlCommand(Parts, connection, transaction);
        var p = parts.Parameters;
        var nominations = poll.Nominations;
        p.AddWithValue("id", poll.Id.Value);
        p.AddWithValue("numbers", NpgsqlDbType.Array | NpgsqlDbType.Integer, nominations.Select(n => n.Number).ToArray());
        p.AddWithValue("titles", NpgsqlDbType.Array | NpgsqlDbType.Text, nominations.Select(n => n.Title).ToArray());
        p.AddWithValue("by_ids", NpgsqlDbType.Array | NpgsqlDbType.Text, nominations.Select(n => PollRows.StoredId(poll, n.By)).ToArray());
        p.AddWithValue("by_names", NpgsqlDbType.Array | NpgsqlDbType.Text, nominations.Select(n => n.By.DisplayName).ToArray());
        p.AddWithValue("nominated_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, nominations.Select(n => FeatureRows.Instant(n.At)).ToArray());
        p.AddWithValue("adult", NpgsqlDbType.Array | NpgsqlDbType.Boolean, nominations.Select(n => n.Adult).ToArray());
        p.AddWithValue("voters", NpgsqlDbType.Array | NpgsqlDbType.Text, poll.Votes.Select(v => PollRows.StoredId(poll, v.Key)).ToArray());
        p.AddWithValue("choices", NpgsqlDbType.Array | NpgsqlDbType.Integer, poll.Votes.Select(v => v.Value).ToArray());
        await parts.ExecuteNonQueryAsync(cancellationToken);
    }
}
