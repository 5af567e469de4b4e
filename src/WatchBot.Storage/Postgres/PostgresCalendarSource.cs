using WatchBot.Core.Features.Sessions;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>The sessions a space's calendar feed lists (<see cref="ICalendarSource"/>): one query on <c>ix_sessions_space_phase</c>.</summary>
internal sealed class PostgresCalendarSource(PostgresDatabase database) : ICalendarSource
{
    // SELECT *: rows are read by column name. A booking is cancelled before its start, so "cancelled
    // since" also bounds scheduled_for, which lets the index range over it.
    // COLLATE "C": ties in the order SQLite gives (bytewise), whatever the database's collation.
    private const string Select = """
        SELECT * FROM (
            SELECT * FROM sessions
            WHERE platform = @platform AND space_id = @space_id AND phase = 'Scheduled'
            UNION ALL
            SELECT * FROM sessions
            WHERE platform = @platform AND space_id = @space_id AND phase = 'Ended'
              AND scheduled_for >= @since AND end_reason = 'Cancelled' AND ended_at >= @since
        ) AS feed
        ORDER BY scheduled_for, id COLLATE "C"
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<WatchSession>> ListAsync(string platform, string spaceId, DateTimeOffset cancelledSince, int limit, CancellationToken cancellationToken) =>
        await PostgresCommands.ReadAsync(
            database,
            Select,
            p =>
            {
                p.AddWithValue("platform", platform);
                p.AddWithValue("space_id", spaceId);
                p.AddWithValue("since", PostgresCommands.Instant(cancelledSince));
                p.AddWithValue("limit", (long)limit);
            },
            PostgresSessionRows.ReadSession,
            cancellationToken);
}
