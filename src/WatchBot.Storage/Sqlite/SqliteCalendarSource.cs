using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// The sessions a space's calendar feed lists (<see cref="ICalendarSource"/>): one query on
/// <c>ix_sessions_space_phase</c>, apart from the session store's command paths.
/// </summary>
internal sealed class SqliteCalendarSource(SqliteDatabase database) : ICalendarSource
{
    // SELECT *: rows are read by column name (SessionRows.ReadSession), so the feed reads every column
    // the store knows, including those later migrations add. A booking is cancelled before its start,
    // so "cancelled since" also bounds scheduled_for, which lets the index range over it.
    private const string Select = """
        SELECT * FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND phase = 'Scheduled'
        UNION ALL
        SELECT * FROM sessions
        WHERE platform = @platform AND space_id = @space_id AND phase = 'Ended'
          AND scheduled_for >= @since AND end_reason = 'Cancelled' AND ended_at >= @since
        ORDER BY scheduled_for, id
        LIMIT @limit;
        """;

    public async Task<IReadOnlyList<WatchSession>> ListAsync(string platform, string spaceId, DateTimeOffset cancelledSince, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        command.Parameters.AddWithValue("@platform", platform);
        command.Parameters.AddWithValue("@space_id", spaceId);
        command.Parameters.AddWithValue("@since", cancelledSince.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("@limit", (long)limit);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        var sessions = new List<WatchSession>();
        while (await rows.ReadAsync(cancellationToken))
        {
            sessions.Add(SessionRows.ReadSession(rows));
        }

        return sessions;
    }

    /// <summary>The query, for tests that check its plan.</summary>
    internal static string Sql => Select;
}
