using Microsoft.Data.Sqlite;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>Each space's calendar feed (<see cref="ICalendarFeeds"/>), by the hash of its secret, in the session database.</summary>
internal sealed class SqliteCalendarFeeds(SqliteDatabase database) : ICalendarFeeds
{
    private const string Columns = "platform, space_id, created_at";

    public async Task<CalendarFeed?> GetAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        await ReadOneAsync(
            $"SELECT {Columns} FROM calendar_feeds WHERE platform = @platform AND space_id = @space;",
            p => BindSpace(p, platform, spaceId),
            cancellationToken);

    public async Task<bool> TryCreateAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        await SqliteCommands.ExecuteAsync(
            database,
            """
            INSERT INTO calendar_feeds (platform, space_id, secret_hash, created_at) VALUES (@platform, @space, @hash, @at)
            ON CONFLICT (platform, space_id) DO NOTHING;
            """,
            p => BindFeed(p, platform, spaceId, secretHash, at),
            cancellationToken) == 1;

    // Through the group commit (see SqliteCommands.ExecuteAsync): the delete and the insert in one
    // savepoint of its IMMEDIATE transaction, so two resets queue and the old hash is gone the moment
    // the new one is committed.
    public Task<bool> ReplaceAsync(string platform, string spaceId, byte[] secretHash, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM calendar_feeds WHERE platform = @platform AND space_id = @space;";
                BindSpace(delete.Parameters, platform, spaceId);
                var revoked = await delete.ExecuteNonQueryAsync(ct);

                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO calendar_feeds (platform, space_id, secret_hash, created_at) VALUES (@platform, @space, @hash, @at);";
                BindFeed(insert.Parameters, platform, spaceId, secretHash, at);
                await insert.ExecuteNonQueryAsync(ct);
                return revoked > 0;
            },
            cancellationToken);

    public async Task<CalendarFeed?> FindAsync(byte[] secretHash, CancellationToken cancellationToken) =>
        await ReadOneAsync(
            $"SELECT {Columns} FROM calendar_feeds WHERE secret_hash = @hash;",
            p => p.AddWithValue("@hash", secretHash),
            cancellationToken);

    private async Task<CalendarFeed?> ReadOneAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        return await row.ReadAsync(cancellationToken)
            ? new CalendarFeed(row.GetString(0), row.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(2)))
            : null;
    }

    private static void BindSpace(SqliteParameterCollection p, string platform, string spaceId)
    {
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
    }

    private static void BindFeed(SqliteParameterCollection p, string platform, string spaceId, byte[] secretHash, DateTimeOffset at)
    {
        BindSpace(p, platform, spaceId);
        p.AddWithValue("@hash", secretHash);
        p.AddWithValue("@at", at.ToUnixTimeMilliseconds());
    }
}
