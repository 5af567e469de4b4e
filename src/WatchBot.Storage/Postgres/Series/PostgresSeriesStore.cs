using Npgsql;
using WatchBot.Core.Features.MovieNights;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres.Series;

/// <summary>
/// Reads recurring movie nights from PostgreSQL (they are written by <see cref="PostgresSeriesWriter"/>
/// inside session commits). Ties are broken by id compared bytewise (<c>COLLATE "C"</c>), as SQLite does.
/// </summary>
internal sealed class PostgresSeriesStore(PostgresDatabase database) : ISeriesStore
{
    private const string Select = $"SELECT {PostgresSeriesRows.Columns} FROM series";

    public async Task<MovieSeries?> GetAsync(SeriesId id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"{Select} WHERE id = @id;", p => p.AddWithValue("id", id.Value), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<MovieSeries>> ListActiveAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND channel_id = @channel_id AND ended_at IS NULL ORDER BY created_at, id COLLATE \"C\";",
            p =>
            {
                p.AddWithValue("platform", channel.Platform);
                p.AddWithValue("space_id", channel.SpaceId);
                p.AddWithValue("channel_id", channel.ChannelId);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<MovieSeries>> ListActiveInSpaceAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"{Select} WHERE platform = @platform AND space_id = @space_id AND ended_at IS NULL ORDER BY created_at, id COLLATE \"C\";",
            p =>
            {
                p.AddWithValue("platform", platform);
                p.AddWithValue("space_id", spaceId);
            },
            cancellationToken);

    public async Task<IReadOnlyList<MovieSeries>> ListAllActiveAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"{Select} WHERE ended_at IS NULL ORDER BY created_at, id COLLATE \"C\";", static _ => { }, cancellationToken);

    private async Task<List<MovieSeries>> QueryAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command.Parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<MovieSeries>();
        while (await rows.ReadAsync(cancellationToken))
        {
            found.Add(PostgresSeriesRows.Read(rows));
        }

        return found;
    }
}
