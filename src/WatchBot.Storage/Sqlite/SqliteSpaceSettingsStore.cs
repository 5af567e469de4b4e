using Microsoft.Data.Sqlite;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Each space's settings (<see cref="ISpaceSettingsStore"/>) in the session database: one row per
/// space, written only at the version it was read (a new row at 1), so two moderators saving at once
/// cannot both apply.
/// </summary>
internal sealed class SqliteSpaceSettingsStore(SqliteDatabase database) : ISpaceSettingsStore
{
    /// <summary>The aggregate kind a conflict names; settings are keyed by platform and space.</summary>
    private const string Kind = "space-settings";

    private const string Select = "SELECT time_zone, version, permissions, control_falls_above, audit_channel_id, age_restricted_channels, break_auto FROM space_settings WHERE platform = @platform AND space_id = @space;";

    // DO NOTHING, not an update: a row already there means another writer saved first.
    private const string Insert = """
        INSERT INTO space_settings (platform, space_id, time_zone, permissions, control_falls_above, audit_channel_id, age_restricted_channels, break_auto, version)
        VALUES (@platform, @space, @time_zone, @permissions, @control_falls_above, @audit_channel_id, @age_restricted_channels, @break_auto, 1)
        ON CONFLICT (platform, space_id) DO NOTHING;
        """;

    private const string Update = """
        UPDATE space_settings SET time_zone = @time_zone, permissions = @permissions, control_falls_above = @control_falls_above,
            audit_channel_id = @audit_channel_id, age_restricted_channels = @age_restricted_channels, break_auto = @break_auto, version = version + 1
        WHERE platform = @platform AND space_id = @space AND version = @expected_version;
        """;

    public async Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        Bind(command.Parameters, platform, spaceId);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken))
        {
            return SpaceSettings.None;
        }

        return new SpaceSettings
        {
            TimeZone = row.IsDBNull(0) ? null : row.GetString(0),
            Version = row.GetInt64(1),
            Permissions = SpaceSettingsColumns.ReadPermissions(row.IsDBNull(2) ? null : row.GetString(2)),
            ControlFallsAbove = row.IsDBNull(3) ? null : (int)row.GetInt64(3),
            AuditChannelId = row.IsDBNull(4) ? null : row.GetString(4),
            AgeRestrictedChannels = SpaceSettingsColumns.ReadChannels(row.IsDBNull(5) ? null : row.GetString(5)),

            // Stored as typed ("3", "third"); a value this build cannot read is off.
            AutoBreak = row.IsDBNull(6) ? null : AutoBreak.Read(row.GetString(6)),
        };
    }

    public async Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var changed = await SqliteCommands.ExecuteAsync(
            database,
            settings.Version == 0 ? Insert : Update,
            p =>
            {
                Bind(p, platform, spaceId);
                p.AddWithValue("@time_zone", (object?)settings.TimeZone ?? DBNull.Value);
                p.AddWithValue("@permissions", (object?)SpaceSettingsColumns.Write(settings.Permissions) ?? DBNull.Value);
                p.AddWithValue("@control_falls_above", (object?)settings.ControlFallsAbove ?? DBNull.Value);
                p.AddWithValue("@audit_channel_id", (object?)settings.AuditChannelId ?? DBNull.Value);
                p.AddWithValue("@age_restricted_channels", (object?)SpaceSettingsColumns.Write(settings.AgeRestrictedChannels) ?? DBNull.Value);
                p.AddWithValue("@break_auto", (object?)settings.AutoBreak?.ToString() ?? DBNull.Value);
                p.AddWithValue("@expected_version", settings.Version);
            },
            cancellationToken);
        if (changed == 0)
        {
            throw new AggregateVersionConflictException(new AggregateKey(Kind, $"{platform}/{spaceId}"), settings.Version);
        }

        return settings with { Version = settings.Version + 1 };
    }

    private static void Bind(SqliteParameterCollection p, string platform, string spaceId)
    {
        p.AddWithValue("@platform", platform);
        p.AddWithValue("@space", spaceId);
    }
}
