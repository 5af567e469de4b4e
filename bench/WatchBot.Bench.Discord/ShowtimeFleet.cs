using Npgsql;
using WatchBot.Emulators.Discord;
using WatchBot.Testing.Postgres;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The bots of one showtime run: one on SQLite, or several in-process instances on one PostgreSQL
/// database (a fresh one on the tests' server: <c>WATCHBOT_TEST_POSTGRES</c> or a throwaway cluster),
/// all with the same bot token against the same emulator, as a fleet of one bot would be. Channel
/// <c>i</c>'s interactions all go to instance <c>i mod n</c> (sticky, as a gateway shard per guild).
/// </summary>
internal sealed class ShowtimeFleet : IAsyncDisposable
{
    private const int PoolPerInstance = 40;

    private readonly PostgresTestDatabase? _database;

    private ShowtimeFleet(IReadOnlyList<BotUnderTest> bots, PostgresTestDatabase? database)
    {
        Bots = bots;
        _database = database;
    }

    public IReadOnlyList<BotUnderTest> Bots { get; }

    /// <summary>The instance that receives channel <paramref name="channel"/>'s interactions.</summary>
    public BotUnderTest For(int channel) => Bots[channel % Bots.Count];

    public static async Task<ShowtimeFleet> StartAsync(int instances, DiscordApiEmulator api, Ed25519Signer signer, string[] options)
    {
        if (instances == 1)
        {
            return new ShowtimeFleet([await BotUnderTest.StartAsync(api, signer, BotUnderTest.SqliteStorage(), options)], null);
        }

        var database = await PostgresTestDatabase.CreateAsync();

        // Npgsql pools up to 100 connections per connection string, and each instance has two (its
        // store, Quartz): bounded so the whole fleet stays under the server's max_connections (300 on
        // the throwaway cluster; a real deployment sizes both).
        var pooled = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = PoolPerInstance }.ConnectionString;
        string[] storage = ["--Storage:Provider=postgres", "--Storage:ConnectionString=" + pooled];
        var bots = new List<BotUnderTest>();

        // One after another: the first creates the schema, the others find it.
        for (var i = 0; i < instances; i++)
        {
            // Each names itself in its User-Agent, so the emulator's record says which instance sent what.
            bots.Add(await BotUnderTest.StartAsync(api, signer, storage, [.. options, $"--Discord:UserAgentUrl=https://bench.invalid/i{i}"]));
        }

        return new ShowtimeFleet(bots, database);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in Bots)
        {
            await bot.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
