namespace WatchBot.Storage.Sqlite.Audit;

/// <summary>
/// Migration 13: the <c>audit_log</c> table, one row per <see cref="WatchBot.Core.Features.Moderation.Audit.AuditEntry"/>.
/// <c>at</c> is unix milliseconds, the action is stored by name; who and whom are kept as id and the
/// name shown at the time (both null when the log must not say, as for forget-me).
/// </summary>
internal static class SqliteAuditSchema
{
    public static SqliteMigration Migration { get; } = new(13, "audit log", """
        CREATE TABLE audit_log (
            id            INTEGER PRIMARY KEY, -- a new id is above every stored one: the order of appending
            platform      TEXT    NOT NULL,
            space_id      TEXT    NOT NULL,
            at            INTEGER NOT NULL,
            action        TEXT    NOT NULL,
            by_id         TEXT,
            by_name       TEXT,
            subject_id    TEXT,
            subject_name  TEXT,
            detail        TEXT,
            reason        TEXT,
            CHECK ((by_id IS NULL) = (by_name IS NULL)),
            CHECK ((subject_id IS NULL) = (subject_name IS NULL))
        ) STRICT;

        -- /watch audit reads a space's latest entries: one index walk from the newest end.
        CREATE INDEX ix_audit_log_space_latest ON audit_log (platform, space_id, at DESC, id DESC);

        -- Retention deletes across every space by age.
        CREATE INDEX ix_audit_log_at ON audit_log (at);
        """);
}
