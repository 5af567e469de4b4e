using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>Moderators added by moderators (<see cref="ISpaceModerators"/>) in the session database.</summary>
internal sealed class SqliteSpaceModerators(SqliteDatabase database) : ISpaceModerators
{
    public async Task<bool> IsModeratorAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken)
    {
        var found = await SqliteCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM space_moderators WHERE platform = @platform AND space_id = @space AND user_id = @user;",
            p => Bind(p, platform, spaceId, userId),
            cancellationToken);
        return found.Count > 0;
    }

    public Task AddAsync(string platform, string spaceId, string userId, string addedBy, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(
            database,
            """
            INSERT INTO space_moderators (platform, space_id, user_id, added_by) VALUES (@platform, @space, @user, @added_by)
            ON CONFLICT (platform, space_id, user_id) DO NOTHING;
            """,
            p => { Bind(p, platform, spaceId, userId); p.AddWithValue("@added_by", addedBy); },
            cancellationToken);

    public Task RemoveAsync(string platform, string spaceId, string userId, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(
            database,
            "DELETE FROM space_moderators WHERE platform = @platform AND space_id = @space AND user_id = @user;",
            p => Bind(p, platform, spaceId, userId),
            cancellationToken);

    public async Task<IReadOnlyList<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken) =>
        await SqliteCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM space_moderators WHERE platform = @platform AND space_id = @space ORDER BY user_id;",
            p => { p.AddWithValue("@platform", platform); p.AddWithValue("@space", spaceId); },
            cancellationToken);

    private static void Bind(Microsoft.Data.Sqlite.SqliteParameterCollection p, string platform, string spaceId, string userId)
    {
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
        p.AddWithValue("@user", userId);
    }
}
