using Microsoft.Extensions.Configuration;

namespace WatchBot.Scheduling;

/// <summary>
/// Which database Quartz keeps its timers in. It follows the session store (<c>Storage:Provider</c>):
/// with PostgreSQL the instances sharing the sessions share the timers too, and Quartz's cluster
/// decides which of them fires each one. The storage section is read here rather than referenced, so
/// scheduling stays apart from the storage project; its own validation names a bad value.
/// </summary>
internal static class JobStoreProvider
{
    public const string ProviderKey = "Storage:Provider";

    public const string ConnectionStringKey = "Storage:ConnectionString";

    public const string Postgres = "postgres";

    /// <summary>True when the instances keep everything in PostgreSQL; anything else is the SQLite default.</summary>
    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration[ProviderKey]?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);
}
