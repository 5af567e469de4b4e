using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite.Audit;

/// <summary>Each space's audit log (<see cref="IAuditLog"/>) in the session database (migration 13): append only, read newest first.</summary>
internal sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(
            database,
            """
            INSERT INTO audit_log (platform, space_id, at, action, by_id, by_name, subject_id, subject_name, detail, reason)
            VALUES (@platform, @space, @at, @action, @by_id, @by_name, @subject_id, @subject_name, @detail, @reason);
            """,
            p =>
            {
                p.AddWithValue("@platform", entry.Platform);
                p.AddWithValue("@space", entry.SpaceId);
                p.AddWithValue("@at", entry.At.ToUnixTimeMilliseconds());
                p.AddWithValue("@action", entry.Action.ToString());
                p.AddWithValue("@by_id", (object?)entry.By?.Id ?? DBNull.Value);
                p.AddWithValue("@by_name", (object?)entry.By?.DisplayName ?? DBNull.Value);
                p.AddWithValue("@subject_id", (object?)entry.Subject?.Id ?? DBNull.Value);
                p.AddWithValue("@subject_name", (object?)entry.Subject?.DisplayName ?? DBNull.Value);
                p.AddWithValue("@detail", (object?)entry.Detail ?? DBNull.Value);
                p.AddWithValue("@reason", (object?)entry.Reason ?? DBNull.Value);
            },
            cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, action, by_id, by_name, subject_id, subject_name, detail, reason
            FROM audit_log
            WHERE platform = @platform AND space_id = @space
            ORDER BY at DESC, id DESC
            LIMIT @count;
            """;
        command.Parameters.AddWithValue("@platform", platform);
        command.Parameters.AddWithValue("@space", spaceId);
        command.Parameters.AddWithValue("@count", Math.Max(0, count));
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                platform,
                spaceId,
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                Enum.Parse<AuditAction>(reader.GetString(1)),
                ReadUser(reader, 2, platform),
                ReadUser(reader, 4, platform),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return entries;
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        SqliteCommands.ExecuteAsync(
            database,
            "DELETE FROM audit_log WHERE at < @cutoff;",
            p => p.AddWithValue("@cutoff", cutoff.ToUnixTimeMilliseconds()),
            cancellationToken);

    /// <summary>Ids are the space's platform's own: the person is on the platform the entry is about.</summary>
    private static UserRef? ReadUser(SqliteDataReader reader, int ordinal, string platform) =>
        reader.IsDBNull(ordinal) ? null : new UserRef(platform, reader.GetString(ordinal), reader.GetString(ordinal + 1));
}
