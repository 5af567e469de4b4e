using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Sessions;
using WatchBot.Core.Kernel;

namespace WatchBot.Storage.Sqlite;

/// <summary>The moderation columns of a session (schema version 15): who was kicked, the lock, reactions per person.</summary>
internal static partial class SessionRows
{
    private static void BindModeration(SqliteParameterCollection p, WatchSession session)
    {
        // Sorted, so the same set (or summary) is always the same text.
        string[] kicked = [.. session.Kicked.Select(k => StoredId(session, k)).Order(StringComparer.Ordinal)];
        p.AddWithValue("@kicked", JsonSerializer.Serialize(kicked, StorageJsonContext.Default.StringArray));
        p.AddWithValue("@locked", session.Locked ? 1L : 0L);
        var counts = session.Reactions.CountBy
            .OrderBy(pair => pair.Key.Id, StringComparer.Ordinal)
            .ToDictionary(pair => StoredId(session, pair.Key), pair => (long)pair.Value, StringComparer.Ordinal);
        p.AddWithValue("@reaction_counts", JsonSerializer.Serialize(counts, StorageJsonContext.Default.DictionaryStringInt64));
    }

    private static WatchSession ReadModeration(SqliteDataReader row, string platform, WatchSession session)
    {
        var kicked = JsonSerializer.Deserialize(Text(row, "kicked"), StorageJsonContext.Default.StringArray) ?? [];
        var counts = JsonSerializer.Deserialize(Text(row, "reaction_counts"), StorageJsonContext.Default.DictionaryStringInt64) ?? [];
        return session with
        {
            Kicked = [.. kicked.Select(id => new UserKey(platform, id))],
            Locked = Integer(row, "locked") != 0,
            Reactions = session.Reactions with
            {
                CountBy = counts.ToImmutableDictionary(pair => new UserKey(platform, pair.Key), pair => checked((int)pair.Value)),
            },
        };
    }
}
