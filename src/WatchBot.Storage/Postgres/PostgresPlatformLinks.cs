using WatchBot.Engine.Ports;

namespace WatchBot.Storage.Postgres;

/// <summary>Platform adapters' notebook (<see cref="IPlatformLinks"/>) on PostgreSQL.</summary>
internal sealed class PostgresPlatformLinks(PostgresDatabase database) : IPlatformLinks
{
    public async Task<string?> GetAsync(string platform, string key, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ReadStringsAsync(
            database,
            "SELECT value FROM platform_links WHERE platform = @platform AND key = @key",
            p => { p.AddWithValue("platform", platform); p.AddWithValue("key", key); },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task SetAsync(string platform, string key, string value, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            database,
            """
            INSERT INTO platform_links (platform, key, value) VALUES (@platform, @key, @value)
            ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value
            """,
            p => { p.AddWithValue("platform", platform); p.AddWithValue("key", key); p.AddWithValue("value", value); },
            cancellationToken);

    public Task DeleteAsync(string platform, string key, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            database,
            "DELETE FROM platform_links WHERE platform = @platform AND key = @key",
            p => { p.AddWithValue("platform", platform); p.AddWithValue("key", key); },
            cancellationToken);
}
