using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Who turned reminders off (<see cref="IReminderOptOuts"/>) on PostgreSQL.</summary>
internal sealed class PostgresReminderOptOuts(PostgresDatabase database) : IReminderOptOuts
{
    public async Task<IReadOnlySet<string>> ListAsync(string platform, string spaceId, CancellationToken cancellationToken)
    {
        var ids = await PostgresCommands.ReadStringsAsync(
            database,
            "SELECT user_id FROM reminder_opt_outs WHERE platform = @platform AND space_id = @space",
            p => { p.AddWithValue("platform", platform); p.AddWithValue("space", spaceId); },
            cancellationToken);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> SetAsync(string platform, string spaceId, string userId, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await PostgresCommands.ExecuteAsync(
            database,
            optedOut
                ? """
                  INSERT INTO reminder_opt_outs (platform, space_id, user_id, since) VALUES (@platform, @space, @user, @since)
                  ON CONFLICT (platform, space_id, user_id) DO NOTHING
                  """
                : "DELETE FROM reminder_opt_outs WHERE platform = @platform AND space_id = @space AND user_id = @user",
            p =>
            {
                p.AddWithValue("platform", platform);
                p.AddWithValue("space", spaceId);
                p.AddWithValue("user", userId);
                if (optedOut)
                {
                    p.AddWithValue("since", PostgresCommands.Instant(at));
                }
            },
            cancellationToken);
        return changed > 0;
    }
}
