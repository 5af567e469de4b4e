namespace WatchBot.Storage.Sqlite;

/// <summary>Migration 18: a session's break requests and the breaks it took, and a space's automatic break.</summary>
internal static class SqliteBreaksSchema
{
    public static SqliteMigration Migration { get; } = new(18, "break requests and breaks taken", """
        -- break_requests: each person's latest ask for a break, a JSON array of {id, name, at (unix ms),
        -- open}; kept only while it matters (open, or within the cooldown) and emptied when the session
        -- ends. breaks_taken: the pauses that answered asks, a JSON array of {position_ms, started_at,
        -- ended_at (null while it lasts)}, naming no one. '[]' for every session stored before.
        -- space_settings.break_auto: break-auto: as typed ('3', 'third'); null is off.
        ALTER TABLE sessions ADD COLUMN break_requests TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE sessions ADD COLUMN breaks_taken TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE space_settings ADD COLUMN break_auto TEXT;
        """);
}
