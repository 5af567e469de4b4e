using Npgsql;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Moderators added by moderators (<see cref="ISpaceModerators"/>) on PostgreSQL.</summary>
internal sealed class PostgresSpaceModerators(PostgresDatabase database) : ISpaceModerators
{
    public async Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM space_moderators WHERE platform = @platform AND space_id = @space AND user_id = @user",
            p => Bind(p, platform, spaceId, userId),
            cancellationToken);
        return found.Count > 0;
    }

    public Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            database,
            """
            INSERT INTO space_moderators (platform, space_id, user_id, added_by) VALUES (@platform, @space, @user, @added_by)
            ON CONFLICT (platform, space_id, user_id) DO NOTHING
            """,
            p => { Bind(p, platform, spaceId, userId); p.AddWithValue("added_by", addedBy); },
            cancellationToken);

    public Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            database,
            "DELETE FROM space_moderators WHERE platform = @platform AND space_id = @space AND user_id = @user",
            p => Bind(p, platform, spaceId, userId),
            cancellationToken);

    // COLLATE "C": the order SQLite gives (bytewise), whatever the database's default collation.
    public async Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        await PostgresCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM space_moderators WHERE platform = @platform AND space_id = @space ORDER BY user_id COLLATE \"C\"",
            p => { p.AddWithValue("platform", platform); p.AddWithValue("space", spaceId); },
            cancellationToken);

    private static void Bind(NpgsqlParameterCollection p, string platform, string spaceId, string userId)
    {
        p.AddWithValue("platform", platform);
        p.AddWithValue("space", spaceId);
        p.AddWithValue("user", userId);
    }
}
