using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace WatchBot.Storage.Postgres;

/// <summary>
/// Brings a database up to the newest schema: every pending step in one transaction, or none. Several
/// instances starting together serialise on a transaction-scoped advisory lock: the first migrates,
/// the others wait for its commit and then find nothing left to do.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Our own lock id ("WatchBot" in ASCII), shared by every instance on the database.</summary>
    public const long AdvisoryLockKey = 0x5761746368426F74L;

    private const string Prepare = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     NOT NULL PRIMARY KEY,
            name        text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        );
        """;

    /// <summary>Returns the schema version the database is at afterwards.</summary>
    public static async Task<int> MigrateAsync(
        NpgsqlConnection connection,
        IReadOnlyList<PostgresMigration> migrations,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // The lock comes before CREATE TABLE IF NOT EXISTS: two of those racing can both fail on the catalog.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, Prepare, cancellationToken);
        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database has schema version {current}, newer than this WatchBot knows ({latest}). " +
                "Run the newer WatchBot that wrote it, or restore a backup.");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES (@version, @name)", connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            Log.Migrated(logger, migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        return Math.Max(current, latest);
    }

    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
