using System.Collections.Immutable;
using Npgsql;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres.Polls;

/// <summary>Reads movie polls from PostgreSQL (written by <see cref="PostgresPollWriter"/> inside session commits).</summary>
internal sealed class PostgresPollStore(PostgresDatabase database) : IPollStore
{
    private const string Select = $"SELECT {PostgresPollRows.Columns} FROM polls";

    public async Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE id = @id;", p => p.AddWithValue("id", id.Value), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND closed_at IS NULL ORDER BY opened_at, id COLLATE \"C\";",
            p =>
            {
                p.AddWithValue("platform", channel.Platform);
                p.AddWithValue("space_id", channel.SpaceId);
                p.AddWithValue("channel_id", channel.ChannelId);
            },
            cancellationToken);
    }

    public async Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"{Select} WHERE session_id = @session AND closed_at IS NULL ORDER BY opened_at, id COLLATE \"C\" LIMIT 1;",
            p => p.AddWithValue("session", session.Value),
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The channel's most recently closed poll (what <c>poll open carry:yes</c> carries over from; the
    /// port gains this member on the select branch, which this implements as soon as it is merged).
    /// </summary>
    public async Task<MoviePoll?> LastClosedAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var found = await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND closed_at IS NOT NULL ORDER BY closed_at DESC, opened_at DESC, id COLLATE \"C\" DESC LIMIT 1;",
            p =>
            {
                p.AddWithValue("platform", channel.Platform);
                p.AddWithValue("space_id", channel.SpaceId);
                p.AddWithValue("channel_id", channel.ChannelId);
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<List<MoviePoll>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // One snapshot for the polls and their parts: a commit between the reads cannot mix two versions.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var polls = new List<MoviePoll>();
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            bind(command.Parameters);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                polls.Add(PostgresPollRows.Read(rows));
            }
        }

        for (var i = 0; i < polls.Count; i++)
        {
            polls[i] = await WithPartsAsync(connection, transaction, polls[i], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return polls;
    }

    /// <summary>The poll with its nominations (by number) and votes, read in the same snapshot.</summary>
    private static async Task<MoviePoll> WithPartsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MoviePoll poll, CancellationToken cancellationToken)
    {
        var platform = poll.Channel.Platform;
        var nominations = new List<Nomination>();
        await using (var command = new NpgsqlCommand("SELECT number, title, by_id, by_name, nominated_at, adult FROM poll_nominations WHERE poll_id = @id ORDER BY number;", connection, transaction))
        {
            command.Parameters.AddWithValue("id", poll.Id.Value);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                nominations.Add(new Nomination(rows.GetInt32(0), rows.GetString(1), new UserRef(platform, rows.GetString(2), rows.GetString(3)), rows.GetFieldValue<DateTimeOffset>(4))
                {
                    Adult = rows.GetBoolean(5),
                });
            }
        }

        var votes = new Dictionary<UserKey, int>();
        await using (var command = new NpgsqlCommand("SELECT voter_id, number FROM poll_votes WHERE poll_id = @id;", connection, transaction))
        {
            command.Parameters.AddWithValue("id", poll.Id.Value);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                votes[new UserKey(platform, rows.GetString(0))] = rows.GetInt32(1);
            }
        }

        return poll with { Nominations = [.. nominations], Votes = votes.ToImmutableDictionary() };
    }
}
