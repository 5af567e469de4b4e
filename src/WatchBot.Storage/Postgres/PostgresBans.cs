using Npgsql;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Bans (<see cref="IBans"/>) on PostgreSQL; "in force" is measured on <paramref name="time"/>, not the server's clock.</summary>
internal sealed class PostgresBans(PostgresDatabase database, TimeProvider time) : IBans
{
    private const string Key = "platform = @platform AND space_id = @space AND user_id = @user";
    private const string InForce = "(until IS NULL OR until > @now)";

    public async Task<BanRecord?> FindAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ReadAsync(
            database,
            $"SELECT until, reason, by_id, created_at FROM bans WHERE {Key} AND {InForce}",
            p => Bind(p, platform, spaceId, userId),
            row => new BanRecord(
                platform,
                spaceId,
                userId,
                row.IsDBNull(0) ? null : row.GetFieldValue<DateTimeOffset>(0),
                row.IsDBNull(1) ? null : row.GetString(1),
                row.GetString(2),
                row.GetFieldValue<DateTimeOffset>(3)),
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task PutAsync(BanRecord ban, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ban);
        return PostgresCommands.ExecuteAsync(
            database,
            """
            INSERT INTO bans (platform, space_id, user_id, until, reason, by_id, created_at)
            VALUES (@platform, @space, @user, @until, @reason, @by, @created)
            ON CONFLICT (platform, space_id, user_id) DO UPDATE SET
                until = excluded.until, reason = excluded.reason, by_id = excluded.by_id, created_at = excluded.created_at
            """,
            p =>
            {
                Bind(p, ban.Platform, ban.SpaceId, ban.UserId);
                p.AddWithValue("until", PostgresCommands.Instant(ban.Until));
                p.AddWithValue("reason", PostgresCommands.OrNull(ban.Reason));
                p.AddWithValue("by", ban.ById);
                p.AddWithValue("created", PostgresCommands.Instant(ban.CreatedAt));
            },
            cancellationToken);
    }

    public async Task<bool> RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        // One statement: the row goes either way (an expired one is of no use), and whether it was still in force is reported.
        var lifted = await PostgresCommands.ReadAsync(
            database,
            $"DELETE FROM bans WHERE {Key} RETURNING {InForce}",
            p => Bind(p, platform, spaceId, userId),
            static r => r.GetBoolean(0),
            cancellationToken);
        return lifted is [true];
    }

    private void Bind(NpgsqlParameterCollection p, string platform, string spaceId, string userId)
    {
        p.AddWithValue("platform", platform);
        p.AddWithValue("space", spaceId);
        p.AddWithValue("user", userId);
        p.AddWithValue("now", PostgresCommands.Instant(time.GetUtcNow()));
    }
}
