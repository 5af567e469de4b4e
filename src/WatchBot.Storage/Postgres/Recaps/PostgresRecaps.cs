using Npgsql;
using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;

namespace WatchBot.Storage.Postgres.Recaps;

/// <summary><see cref="IRecaps"/> over PostgreSQL: the channel's latest row by end instant.</summary>
internal sealed class PostgresRecaps(PostgresDatabase database) : IRecaps
{
    public async Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await database.OpenAsync(cancellationToken);

        // Two ends at the same instant (rare) are told apart by session id, bytewise as SQLite compares text.
        await using var command = new NpgsqlCommand(
            """
            SELECT content::text FROM recaps
            WHERE platform = @platform AND space_id = @space AND channel_id = @channel
            ORDER BY ended_at DESC, session_id COLLATE "C" DESC LIMIT 1;
            """,
            connection);
        command.Parameters.AddWithValue("platform", channel.Platform);
        command.Parameters.AddWithValue("space", channel.SpaceId);
        command.Parameters.AddWithValue("channel", channel.ChannelId);

        // A row from a later version that no longer reads is no recap, rather than an error.
        return await command.ExecuteScalarAsync(cancellationToken) is string content ? RecapCodec.Decode(content) : null;
    }
}
