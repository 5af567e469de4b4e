namespace WatchBot.Storage.Sqlite;

/// <summary>
/// Migration 19: a session's ready check (<c>ready:3 wait:5m</c>) on its row. <c>ready_wait_ms</c> null
/// means no check; <c>ready_count</c> null with a wait means <c>ready:all</c>. Instants are unix
/// milliseconds, durations milliseconds. No person is named here: who is ready is <c>ready_user_ids</c>.
/// </summary>
internal static class SqliteReadyCheckSchema
{
    public static SqliteMigration Migration { get; } = new(19, "ready check", """
        -- How many must be ready (null: everyone going), how long the start waits at most, the countdown
        -- once it lets go, when people were asked, and while the start is held, when it starts anyway.
        ALTER TABLE sessions ADD COLUMN ready_count INTEGER CHECK (ready_count IS NULL OR ready_count > 0);
        ALTER TABLE sessions ADD COLUMN ready_wait_ms INTEGER CHECK (ready_wait_ms IS NULL OR ready_wait_ms > 0);
        ALTER TABLE sessions ADD COLUMN ready_countdown_ms INTEGER;
        ALTER TABLE sessions ADD COLUMN ready_opened_at INTEGER;
        ALTER TABLE sessions ADD COLUMN ready_deadline INTEGER;
        """);
}
