namespace WatchBot.Storage.Postgres;

/// <summary>
/// A port that has no PostgreSQL store yet: registered so that start-up refuses to run with a line
/// naming it, instead of quietly falling back to the engine's in-memory default or to SQLite.
/// </summary>
internal sealed record PostgresPortGap(string Port)
{
    public static StorageUnavailableException Error(IEnumerable<PostgresPortGap> gaps) => new(
        $"{StorageOptions.SectionName}:Provider is '{StorageOptions.Postgres}', but these stores have no PostgreSQL version yet: "
        + string.Join(", ", gaps.Select(g => g.Port).Order(StringComparer.Ordinal))
        + $". Use {StorageOptions.SectionName}:Provider={StorageOptions.Sqlite} with this version.");
}
