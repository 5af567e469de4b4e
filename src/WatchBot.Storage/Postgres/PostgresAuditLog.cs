using Npgsql;
using WatchBot.Core.Features.Moderation.Audit;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Each space's audit log (<see cref="IAuditLog"/>) on PostgreSQL: append only, read newest first.</summary>
internal sealed class PostgresAuditLog(PostgresDatabase database) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return PostgresCommands.ExecuteAsync(
            database,
            """
            INSERT INTO audit_log (platform, space_id, at, action, by_id, by_name, subject_id, subject_name, detail, reason)
            VALUES (@platform, @space, @at, @action, @by_id, @by_name, @subject_id, @subject_name, @detail, @reason)
            """,
            p =>
            {
                p.AddWithValue("platform", entry.Platform);
                p.AddWithValue("space", entry.SpaceId);
                p.AddWithValue("at", PostgresCommands.Instant(entry.At));
                p.AddWithValue("action", entry.Action.ToString());
                p.AddWithValue("by_id", PostgresCommands.OrNull(entry.By?.Id));
                p.AddWithValue("by_name", PostgresCommands.OrNull(entry.By?.DisplayName));
                p.AddWithValue("subject_id", PostgresCommands.OrNull(entry.Subject?.Id));
                p.AddWithValue("subject_name", PostgresCommands.OrNull(entry.Subject?.DisplayName));
                p.AddWithValue("detail", PostgresCommands.OrNull(entry.Detail));
                p.AddWithValue("reason", PostgresCommands.OrNull(entry.Reason));
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(string platform, string spaceId, int count, CancellationToken cancellationToken) =>
        await PostgresCommands.ReadAsync(
            database,
            """
            SELECT at, action, by_id, by_name, subject_id, subject_name, detail, reason
            FROM audit_log
            WHERE platform = @platform AND space_id = @space
            ORDER BY at DESC, id DESC
            LIMIT @count
            """,
            p =>
            {
                p.AddWithValue("platform", platform);
                p.AddWithValue("space", spaceId);
                p.AddWithValue("count", Math.Max(0, count));
            },
            reader => new AuditEntry(
                platform,
                spaceId,
                reader.GetFieldValue<DateTimeOffset>(0),
                Enum.Parse<AuditAction>(reader.GetString(1)),
                ReadUser(reader, 2, platform),
                ReadUser(reader, 4, platform),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)),
            cancellationToken);

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            database,
            "DELETE FROM audit_log WHERE at < @cutoff",
            p => p.AddWithValue("cutoff", PostgresCommands.Instant(cutoff)),
            cancellationToken);

    private static UserRef? ReadUser(NpgsqlDataReader reader, int ordinal, string platform) =>
        reader.IsDBNull(ordinal) ? null : new UserRef(platform, reader.GetString(ordinal), reader.GetString(ordinal + 1));
}
