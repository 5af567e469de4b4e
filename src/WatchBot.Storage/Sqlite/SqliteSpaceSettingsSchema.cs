namespace WatchBot.Storage.Sqlite;

/// <summary>Migration 16: the space settings moderators set for who may do what, and the rest of issue 12's settings.</summary>
internal static class SqliteSpaceSettingsSchema
{
    public static SqliteMigration Migration { get; } = new(16, "space permissions and moderation settings", """
        -- Null in every new column means "not set": a row saved before keeps the built-in defaults.
        -- permissions: a JSON object, action name -> audience name ({"Control":"HostAndModerators"}), by
        -- enum member name (members are added, never renamed). age_restricted_channels: a JSON array of ids.
        ALTER TABLE space_settings ADD COLUMN permissions TEXT;
        ALTER TABLE space_settings ADD COLUMN control_falls_above INTEGER CHECK (control_falls_above >= 0);
        ALTER TABLE space_settings ADD COLUMN audit_channel_id TEXT;
        ALTER TABLE space_settings ADD COLUMN age_restricted_channels TEXT;
        """);
}
