using Npgsql;
using NpgsqlTypes;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Recaps;

namespace WatchBot.Storage.Postgres.Recaps;

/// <summary>
/// Writes a <see cref="RecapKept"/> inside the commit of the session that ended: a session ends once, so
/// the row is written once; a decision decided again after a conflict rolled back writes it afresh.
/// </summary>
internal sealed class PostgresRecapWriter : IPostgresAggregateWriter
{
    public string Kind => RecapKept.Kind;

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var kept = (RecapKept)change;
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO recaps (session_id, platform, space_id, channel_id, ended_at, content)
            VALUES (@session, @platform, @space, @channel, @ended, @content)
            ON CONFLICT (session_id) DO UPDATE SET ended_at = excluded.ended_at, content = excluded.content;
            """,
            connection,
            transaction);
        var p = command.Parameters;
        p.AddWithValue("session", kept.Recap.Session.Value);
        p.AddWithValue("platform", kept.Channel.Platform);
        p.AddWithValue("space", kept.Channel.SpaceId);
        p.AddWithValue("channel", kept.Channel.ChannelId);
        p.AddWithValue("ended", NpgsqlDbType.TimestampTz, FeatureRows.Instant(kept.Recap.EndedAt));
        p.AddWithValue("content", NpgsqlDbType.Jsonb, kept.Content);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
