namespace WatchBot.Storage;

/// <summary>The session database (config section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The default provider: one SQLite file, one process.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>PostgreSQL through Npgsql: several instances may share one database.</summary>
    public const string Postgres = "postgres";

    /// <summary>
    /// Where sessions are kept: <c>sqlite</c> (default; <see cref="SqlitePath"/>) or <c>postgres</c>
    /// (<see cref="ConnectionString"/>). Case does not matter.
    /// </summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The Npgsql connection string (<c>Host=...;Database=...;Username=...;Password=...</c>); required
    /// when <see cref="Provider"/> is <c>postgres</c>, ignored otherwise. It holds a password: set it
    /// through the environment (<c>Storage__ConnectionString</c>), never in appsettings.json. Only its
    /// host and database are ever logged.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>True when <see cref="Provider"/> names PostgreSQL.</summary>
    public bool UsesPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The SQLite file that holds every session and its reactions. Default <c>data/watchbot.db</c>.
    /// A relative path is resolved against the current working directory (not the binary's folder),
    /// and a missing folder is created. It must be a file: an in-memory database (<c>:memory:</c>)
    /// would lose every session, and each operation opens its own connection.
    /// </summary>
    public string SqlitePath { get; set; } = "data/watchbot.db";

    /// <summary>
    /// How long an operation waits for another connection's write lock before it fails. Default
    /// <c>00:00:05</c>; between <c>00:00:00</c> and <c>00:01:00</c>. Writes are short, so a wait this
    /// long means another process holds the file (a backup tool, a second bot on the same file).
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
