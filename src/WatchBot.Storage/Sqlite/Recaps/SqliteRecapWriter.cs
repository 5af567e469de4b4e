using Microsoft.Data.Sqlite;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Recaps;

namespace WatchBot.Storage.Sqlite.Recaps;

/// <summary>
/// Writes a <see cref="RecapKept"/> inside the commit of the session that ended. Built into the session
/// store (every store keeps its recaps): a session ends once, so the row is written once; a decision
/// decided again after a conflict rolled back writes it afresh.
/// </summary>
internal sealed class SqliteRecapWriter : ISqliteAggregateWriter
{
    public string Kind => RecapKept.Kind;

    public async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, AggregateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var kept = (RecapKept)change;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO recaps (session_id, platform, space_id, channel_id, ended_at, content)
            VALUES (@session, @platform, @space, @channel, @ended, @content)
            ON CONFLICT (session_id) DO UPDATE SET ended_at = excluded.ended_at, content = excluded.content;
            """;
        var p = command.Parameters;
        p.AddWithValue("@session", kept.Recap.Session.Value);
        p.AddWithValue("@platform", kept.Channel.Platform);
        p.AddWithValue("@space", kept.Channel.SpaceId);
        p.AddWithValue("@channel", kept.Channel.ChannelId);
        p.AddWithValue("@ended", kept.Recap.EndedAt.ToUnixTimeMilliseconds());
        p.AddWithValue("@content", kept.Content);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
