using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Polls;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite.Polls;

/// <summary>Reads movie polls from the session database (written by <see cref="SqlitePollWriter"/> inside session commits).</summary>
internal sealed class SqlitePollStore(SqliteDatabase database) : IPollStore
{
    private const string Select = $"SELECT {PollRows.Columns} FROM polls";

    public async Task<MoviePoll?> GetAsync(PollId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE id = @id;", p => p.AddWithValue("@id", id.Value), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<MoviePoll>> ListOpenAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND closed_at IS NULL ORDER BY opened_at, id;",
            p =>
            {
                p.AddWithValue("@platform", channel.Platform);
                p.AddWithValue("@space_id", channel.SpaceId);
                p.AddWithValue("@channel_id", channel.ChannelId);
            },
            cancellationToken);
    }

    public async Task<MoviePoll?> FindOpenAsync(SessionId session, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"{Select} WHERE session_id = @session AND closed_at IS NULL ORDER BY opened_at, id LIMIT 1;",
            p => p.AddWithValue("@session", session.Value),
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<MoviePoll?> LastClosedAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var found = await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND closed_at IS NOT NULL ORDER BY closed_at DESC, opened_at DESC, id DESC LIMIT 1;",
            p =>
            {
                p.AddWithValue("@platform", channel.Platform);
                p.AddWithValue("@space_id", channel.SpaceId);
                p.AddWithValue("@channel_id", channel.ChannelId);
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<List<MoviePoll>> QueryAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var polls = new List<MoviePoll>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql;
            bind(command.Parameters);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                polls.Add(PollRows.Read(rows));
            }
        }

        for (var i = 0; i < polls.Count; i++)
        {
            polls[i] = await WithPartsAsync(connection, polls[i], cancellationToken);
        }

        return polls;
    }

    /// <summary>The poll with its nominations (by number) and votes, read on the same connection.</summary>
    private static async Task<MoviePoll> WithPartsAsync(SqliteConnection connection, MoviePoll poll, CancellationToken cancellationToken)
    {
        var platform = poll.Channel.Platform;
        var nominations = new List<Nomination>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT number, title, by_id, by_name, nominated_at, adult FROM poll_nominations WHERE poll_id = @id ORDER BY number;";
            command.Parameters.AddWithValue("@id", poll.Id.Value);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                nominations.Add(new Nomination(
                    (int)rows.GetInt64(0),
                    rows.GetString(1),
                    new UserRef(platform, rows.GetString(2), rows.GetString(3)),
                    DateTimeOffset.FromUnixTimeMilliseconds(rows.GetInt64(4)))
                {
                    Adult = rows.GetInt64(5) != 0,
                });
            }
        }

        var votes = new Dictionary<UserKey, int>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT voter_id, number FROM poll_votes WHERE poll_id = @id;";
            command.Parameters.AddWithValue("@id", poll.Id.Value);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                votes[new UserKey(platform, rows.GetString(0))] = (int)rows.GetInt64(1);
            }
        }

        return poll with { Nominations = [.. nominations], Votes = votes.ToImmutableDictionary() };
    }
}
