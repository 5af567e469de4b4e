using Npgsql;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Each space's calendar feed (<see cref="ICalendarFeeds"/>), by the hash of its secret, on PostgreSQL.</summary>
internal sealed class PostgresCalendarFeeds(PostgresDatabase database) : ICalendarFeeds
{
    private const string Columns = "platform, space_id, created_at";

    public async Task<CalendarFeed?> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        await ReadOneAsync(
            $"SELECT {Columns} FROM calendar_feeds WHERE platform = @platform AND space_id = @space",
            p => BindSpace(p, platform, spaceId),
            cancellationToken);

    public async Task<bool> TryCreateAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        await PostgresCommands.ExecuteAsync(
            database,
            """
            INSERT INTO calendar_feeds (platform, space_id, secret_hash, created_at) VALUES (@platform, @space, @hash, @at)
            ON CONFLICT (platform, space_id) DO NOTHING
            """,
            p => BindFeed(p, platform, spaceId, secretHash, at),
            cancellationToken) == 1;

    /// <summary>
    /// One statement, so two resets at once queue on the row: the old hash is gone the moment the new one
    /// is committed. <c>xmax</c> is non-zero on a row the upsert updated rather than inserted.
    /// </summary>
    public async Task<bool> ReplaceAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var replaced = await PostgresCommands.ReadAsync(
            database,
            """
            INSERT INTO calendar_feeds (platform, space_id, secret_hash, created_at) VALUES (@platform, @space, @hash, @at)
            ON CONFLICT (platform, space_id) DO UPDATE SET secret_hash = excluded.secret_hash, created_at = excluded.created_at
            RETURNING (xmax <> 0)
            """,
            p => BindFeed(p, platform, spaceId, secretHash, at),
            static r => r.GetBoolean(0),
            cancellationToken);
        return replaced is [true];
    }

    public async Task<CalendarFeed?> FindAsync(byte[] secretHash, CancellationToken cancellationToken) =>
        await ReadOneAsync(
            $"SELECT {Columns} FROM calendar_feeds WHERE secret_hash = @hash",
            p => p.AddWithValue("hash", secretHash),
            cancellationToken);

    private async Task<CalendarFeed?> ReadOneAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ReadAsync(
            database, sql, bind, static r => new CalendarFeed(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private static void BindSpace(NpgsqlParameterCollection p, string platform, string spaceId)
    {
        p.AddWithValue("platform", platform);
        p.AddWithValue("space", spaceId);
    }

    private static void BindFeed(NpgsqlParameterCollection p, string platform, string spaceId, byte[] secretHash, DateTimeOffset at)
    {
        BindSpace(p, platform, spaceId);
        p.AddWithValue("hash", secretHash);
        p.AddWithValue("at", PostgresCommands.Instant(at));
    }
}
