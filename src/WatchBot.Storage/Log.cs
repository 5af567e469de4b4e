using Microsoft.Extensions.Logging;

namespace WatchBot.Storage;

/// <summary>The store's log messages (EventIds 2000–2099). Paths, ids and versions only: never user text.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Session database {Path} opened (SQLite {SqliteVersion}, journal {JournalMode}, schema version {SchemaVersion})")]
    public static partial void DatabaseOpened(ILogger logger, string path, string sqliteVersion, string journalMode, long schemaVersion);

    [LoggerMessage(2001, LogLevel.Information, "Session database migrated to version {Version}: {MigrationName}")]
    public static partial void Migrated(ILogger logger, int version, string migrationName);

    [LoggerMessage(2002, LogLevel.Warning, "Session database {Path} runs in journal mode {JournalMode}, not WAL (a file system without shared memory?); writes stay durable but readers wait for writers")]
    public static partial void NotWal(ILogger logger, string path, string journalMode);

    [LoggerMessage(2003, LogLevel.Error, "Opening or migrating the session database {Path} failed")]
    public static partial void OpenFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(2004, LogLevel.Debug, "Session {SessionId} not saved: another session is live in {Channel}")]
    public static partial void LiveConflict(ILogger logger, string sessionId, string channel);

    [LoggerMessage(2005, LogLevel.Debug, "Session {SessionId} not saved: another writer saved it after version {Version}")]
    public static partial void VersionConflict(ILogger logger, string sessionId, long version);

    [LoggerMessage(2020, LogLevel.Debug, "Session {SessionId} not saved: occurrence {Date} of series {SeriesId} is already booked")]
    public static partial void OccurrenceConflict(ILogger logger, string sessionId, string seriesId, string date);

    [LoggerMessage(2031, LogLevel.Warning, "A group commit of {Count} writes failed as a whole; each is written alone")]
    public static partial void GroupFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(2032, LogLevel.Warning, "A checkpoint of the session database's WAL failed; the next one tries again")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(2050, LogLevel.Information, "Session database {Database} opened (PostgreSQL {ServerVersion}, schema version {SchemaVersion})")]
    public static partial void PostgresOpened(ILogger logger, string database, string serverVersion, long schemaVersion);
}
