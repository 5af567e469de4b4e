using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Emulators.Discord;
using WatchBot.Http;

namespace WatchBot.Bench.Discord;

/// <summary>
/// The real WatchBot host on the HTTP interactions transport: SQLite and Quartz in a temporary
/// folder (or the storage arguments given: PostgreSQL for a fleet), REST pointed at the emulator,
/// errors-only logging so the console keeps the figures.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private BotUnderTest(IHost host, Uri interactions)
    {
        Host = host;
        Interactions = interactions;
    }

    public IHost Host { get; }

    public Uri Interactions { get; }

    public static Task<BotUnderTest> StartAsync(DiscordApiEmulator api, Ed25519Signer signer, params string[] extra) =>
        StartAsync(api, signer, SqliteStorage(), extra);

    /// <summary>SQLite files (sessions, Quartz) in a new temporary folder.</summary>
    public static string[] SqliteStorage()
    {
        var folder = Directory.CreateTempSubdirectory("watchbot-bench-discord-").FullName;
        return ["--Storage:SqlitePath=" + Path.Combine(folder, "w.db"), "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db")];
    }

    public static async Task<BotUnderTest> StartAsync(DiscordApiEmulator api, Ed25519Signer signer, IReadOnlyList<string> storage, params string[] extra)
    {
        var host = WatchBotHost.Create(
        [
            "--Discord:Transport=http",
            "--Discord:PublicKey=" + signer.PublicKeyHex,
            "--Discord:Token=bench-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + api.BaseUrl,
            "--Http:Urls=http://127.0.0.1:0",
            "--Shell:Enabled=false",
            "--Logging:LogLevel:Default=Error",
            "--Logging:LogLevel:WatchBot=Error",
            "--Logging:LogLevel:Quartz=Error",
            .. storage,
            .. extra,
        ]);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<InboundHttpServer>().Addresses[0];
        return new BotUnderTest(host, new Uri(address, "discord/interactions"));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
