using Microsoft.Data.Sqlite;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>Who turned reminders off (<see cref="IReminderOptOuts"/>), in the session database (migration 11).</summary>
internal sealed class SqliteReminderOptOuts(SqliteDatabase database) : IReminderOptOuts
{
    public async Task<IReadOnlySet<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken)
    {
        var ids = await SqliteCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM reminder_opt_outs WHERE platform = @platform AND space_id = @space;",
            p => { p.AddWithValue("@platform", platform); p.AddWithValue("@space", spaceId); },
            cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> SetAsync(string platform, string spaceId, string userId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await SqliteCommands.ExecuteAsync(
            database,
            optedOut
                ? """
                  INSERT INTO reminder_opt_outs (platform, space_id, user_id, since) VALUES (@platform, @space, @user, @since)
                  ON CONFLICT (platform, space_id, user_id) DO NOTHING;
                  """
                : "DELETE FROM reminder_opt_outs WHERE platform = @platform AND space_id = @space AND user_id = @user;",
            p => Bind(p, platform, spaceId, userId, at),
            cancellationToken);
        return changed > 0;
    }

    private static void Bind(SqliteParameterCollection p, string platform, string spaceId, string userId, DateTimeOffset at)
    {
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
        p.AddWithValue("@user", userId);
        p.AddWithValue("@since", at.ToUnixTimeMilliseconds());
    }
}
