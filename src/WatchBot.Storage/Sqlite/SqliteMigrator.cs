using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace WatchBot.Storage.Sqlite;

/// <summary>Brings a database up to the newest schema: every pending step in one transaction, or none.</summary>
internal static class SqliteMigrator
{
    /// <summary>Returns the schema version the database is at afterwards.</summary>
    public static async Task<int> MigrateAsync(
        SqliteConnection connection,
        IReadOnlyList<SqliteMigration> migrations,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;

        // BEGIN IMMEDIATE takes the write lock before reading the version, so a second process
        // opening the same file waits and then finds the work done.
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The session database {connection.DataSource} has schema version {current}, newer than this WatchBot knows ({latest}). " +
                "Run the newer WatchBot that wrote it, or restore a backup.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await ExecuteAsync(connection, transaction, SqliteSchema.WriteVersion(migration.Version), cancellationToken);
            Log.Migrated(logger, migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        return Math.Max(current, latest);
    }

    public static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = SqliteSchema.ReadVersion;
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(version, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
