using Npgsql;
using WatchBot.Core.Features.Breaks;
using WatchBot.Core.Features.Spaces;
using WatchBot.Core.Kernel;
using WatchBot.Engine.Ports;
using WatchBot.Storage.Sqlite;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// Each space's settings (<see cref="ISpaceSettingsStore"/>) on PostgreSQL: one row per space, written
/// only at the version it was read (a new row at 1), so two moderators saving at once cannot both apply.
/// The JSON columns keep the SQLite store's format (<see cref="SpaceSettingsColumns"/>).
/// </summary>
internal sealed class PostgresSpaceSettingsStore(PostgresDatabase database) : ISpaceSettingsStore
{
    private const string Kind = "space-settings";

    private const string Select = """
        SELECT time_zone, version, permissions::text, control_falls_above, audit_channel_id, age_restricted_channels::text, break_auto
        FROM space_settings WHERE platform = @platform AND space_id = @space
        """;

    // DO NOTHING, not an update: a row already there means another writer saved first.
    private const string Insert = """
        INSERT INTO space_settings (platform, space_id, time_zone, permissions, control_falls_above, audit_channel_id, age_restricted_channels, break_auto, version)
        VALUES (@platform, @space, @time_zone, @permissions, @control_falls_above, @audit_channel_id, @age_restricted_channels, @break_auto, 1)
        ON CONFLICT (platform, space_id) DO NOTHING
        """;

    private const string Update = """
        UPDATE space_settings SET time_zone = @time_zone, permissions = @permissions, control_falls_above = @control_falls_above,
            audit_channel_id = @audit_channel_id, age_restricted_channels = @age_restricted_channels, break_auto = @break_auto, version = version + 1
        WHERE platform = @platform AND space_id = @space AND version = @expected_version
        """;

    public async Task<SpaceSettings> GetAsync(string platform, string spaceId, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ReadAsync(
            database,
            Select,
            p => Bind(p, platform, spaceId),
            row => new SpaceSettings
            {
                TimeZone = row.IsDBNull(0) ? null : row.GetString(0),
                Version = row.GetInt64(1),
                Permissions = SpaceSettingsColumns.ReadPermissions(row.IsDBNull(2) ? null : row.GetString(2)),
                ControlFallsAbove = row.IsDBNull(3) ? null : row.GetInt32(3),
                AuditChannelId = row.IsDBNull(4) ? null : row.GetString(4),
                AgeRestrictedChannels = SpaceSettingsColumns.ReadChannels(row.IsDBNull(5) ? null : row.GetString(5)),

                // Stored as typed ("3", "third"); a value this build cannot read is off.
                AutoBreak = row.IsDBNull(6) ? null : AutoBreak.Read(row.GetString(6)),
            },
            cancellationToken);
        return found.Count == 0 ? SpaceSettings.None : found[0];
    }

    public async Task<SpaceSettings> SaveAsync(string platform, string spaceId, SpaceSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var changed = await PostgresCommands.ExecuteAsync(
            database,
            settings.Version == 0 ? Insert : Update,
            p =>
            {
                Bind(p, platform, spaceId);
                p.AddWithValue("time_zone", PostgresCommands.OrNull(settings.TimeZone));
                p.AddNullableJson("permissions", SpaceSettingsColumns.Write(settings.Permissions));
                p.AddWithValue("control_falls_above", PostgresCommands.OrNull(settings.ControlFallsAbove));
                p.AddWithValue("audit_channel_id", PostgresCommands.OrNull(settings.AuditChannelId));
                p.AddNullableJson("age_restricted_channels", SpaceSettingsColumns.Write(settings.AgeRestrictedChannels));
                p.AddWithValue("break_auto", PostgresCommands.OrNull(settings.AutoBreak?.ToString()));
                p.AddWithValue("expected_version", settings.Version);
            },
            cancellationToken);
        if (changed == 0)
        {
            throw new AggregateVersionConflictException(new AggregateKey(Kind, $"{platform}/{spaceId}"), settings.Version);
        }

        return settings with { Version = settings.Version + 1 };
    }

    private static void Bind(NpgsqlParameterCollection p, string platform, string spaceId)
    {
        p.AddWithValue("platform", platform);
        p.AddWithValue("space", spaceId);
    }
}
