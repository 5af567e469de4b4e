using Microsoft.Data.Sqlite;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite.Bans;

/// <summary>Bans (<see cref="IBans"/>) in the session database; "in force" is measured on <paramref name="time"/>.</summary>
internal sealed class SqliteBans(SqliteDatabase database, TimeProvider time) : IBans
{
    private const string Key = "platform = @platform AND space_id = @space AND user_id = @user";
    private const string InForce = "(until IS NULL OR until > @now)";

    public async Task<BanRecord?> FindAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT until, reason, by_id, created_at FROM bans WHERE {Key} AND {InForce};";
        Bind(command.Parameters, platform, spaceId, userId);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new BanRecord(
            platform,
            spaceId,
            userId,
            row.IsDBNull(0) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(0)),
            row.IsDBNull(1) ? null : row.GetString(1),
            row.GetString(2),
            DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(3)));
    }

    public Task PutAsync(BanRecord ban, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ban);
        return SqliteCommands.ExecuteAsync(
            database,
            """
            INSERT INTO bans (platform, space_id, user_id, until, reason, by_id, created_at)
            VALUES (@platform, @space, @user, @until, @reason, @by, @created)
            ON CONFLICT (platform, space_id, user_id) DO UPDATE SET
                until = excluded.until, reason = excluded.reason, by_id = excluded.by_id, created_at = excluded.created_at;
            """,
            p =>
            {
                Bind(p, ban.Platform, ban.SpaceId, ban.UserId);
                p.AddWithValue("@until", ban.Until is { } until ? until.ToUnixTimeMilliseconds() : DBNull.Value);
                p.AddWithValue("@reason", (object?)ban.Reason ?? DBNull.Value);
                p.AddWithValue("@by", ban.ById);
                p.AddWithValue("@created", ban.CreatedAt.ToUnixTimeMilliseconds());
            },
            cancellationToken);
    }

    public async Task<bool> RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        // One statement: the row goes either way (an expired one is of no use), and whether it was still in force is reported.
        var lifted = await SqliteCommands.ReadStringsAsync(
            database,
            $"DELETE FROM bans WHERE {Key} RETURNING CASE WHEN {InForce} THEN 'yes' ELSE 'no' END;",
            p => Bind(p, platform, spaceId, userId),
            cancellationToken);
        return lifted is ["yes"];
    }

    private void Bind(SqliteParameterCollection p, string platform, string spaceId, string userId)
    {
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
        p.AddWithValue("@user", userId);
        p.AddWithValue("@now", time.GetUtcNow().ToUnixTimeMilliseconds());
    }
}
