using WatchBot.Core.Features.Recaps;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Engine.Recaps;

namespace WatchBot.Storage.Sqlite.Recaps;

/// <summary><see cref="IRecaps"/> over the session database: the channel's latest row by end instant.</summary>
internal sealed class SqliteRecaps(SqliteDatabase database) : IRecaps
{
    public async Task<KeptRecap?> LastAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var found = await SqliteCommands.ReadStringsAsync(
            database,
            """
            SELECT content FROM recaps
            WHERE platform = @platform AND space_id = @space AND channel_id = @channel
            ORDER BY ended_at DESC, rowid DESC LIMIT 1;
            """,
            p =>
            {
                p.AddWithValue("@platform", channel.Platform);
                p.AddWithValue("@space", channel.SpaceId);
                p.AddWithValue("@channel", channel.ChannelId);
            },
            cancellationToken);

        // A row from a later version that no longer reads is no recap, rather than an error.
        return found.Count == 0 ? null : RecapCodec.Decode(found[0]);
    }
}
