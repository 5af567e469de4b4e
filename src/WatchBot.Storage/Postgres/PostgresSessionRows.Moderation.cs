using System.Collections.Immutable;
using System.Text.Json;
using Npgsql;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Storage.Postgres;

/// <summary>The moderation columns of a session: who was kicked, the lock, reactions per person.</summary>
internal static partial class PostgresSessionRows
{
    private static void BindModeration(NpgsqlParameterCollection p, WatchSession session)
    {
        string[] kicked = [.. session.Kicked.Select(k => StoredId(session, k)).Order(StringComparer.Ordinal)];
        p.AddJson("kicked", JsonSerializer.Serialize(kicked, StorageJsonContext.Default.StringArray));
        p.AddWithValue("locked", session.Locked);
        var counts = session.Reactions.CountBy.ToDictionary(pair => StoredId(session, pair.Key), pair => (long)pair.Value, StringComparer.Ordinal);
        p.AddJson("reaction_counts", JsonSerializer.Serialize(counts, StorageJsonContext.Default.DictionaryStringInt64));
    }

    private static WatchSession ReadModeration(NpgsqlDataReader row, string platform, WatchSession session)
    {
        var kicked = JsonSerializer.Deserialize(row.Text("kicked"), StorageJsonContext.Default.StringArray) ?? [];
        var counts = JsonSerializer.Deserialize(row.Text("reaction_counts"), StorageJsonContext.Default.DictionaryStringInt64) ?? [];
        return session with
        {
            Kicked = [.. kicked.Select(id => new UserKey(platform, id))],
            Locked = row.Boolean("locked"),
            Reactions = session.Reactions with
            {
                CountBy = counts.ToImmutableDictionary(pair => new UserKey(platform, pair.Key), pair => checked((int)pair.Value)),
            },
        };
    }
}
