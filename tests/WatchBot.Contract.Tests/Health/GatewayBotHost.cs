using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Discord.Gateway;
using WatchBot.Http;

namespace WatchBot.Contract.Tests.Health;

/// <summary>
/// The real host, in process, with Discord over the gateway against both emulators on loopback:
/// a bot that needs no HTTP endpoint of its own, so its inbound server runs only for health (or not).
/// Its database lives in a <c>data</c> folder a test can take away.
/// </summary>
internal sealed class GatewayBotHost : IAsyncDisposable
{
    private int _disposed;

    private GatewayBotHost(DiscordApiEmulator api, DiscordGatewayEmulator gateway, IHost host, string folder)
    {
        Api = api;
        Gateway = gateway;
        Host = host;
        Folder = folder;
    }

    public DiscordApiEmulator Api { get; }

    public DiscordGatewayEmulator Gateway { get; }

    public IHost Host { get; }

    public string Folder { get; }

    public string DataFolder => Path.Combine(Folder, "data");

    /// <summary>Where the inbound server listens; empty when it does not run.</summary>
    public IReadOnlyList<Uri> Addresses => Host.Services.GetRequiredService<InboundHttpServer>().Addresses;

    /// <param name="settings">More <c>--Key=value</c> arguments (<c>--Http:Health=Always</c>).</param>
    /// <param name="beforeStart">Runs on the emulators before the host starts (hold the gateway back).</param>
    public static async Task<GatewayBotHost> StartAsync(string[] settings, Action<DiscordGatewayEmulator>? beforeStart = null)
    {
        var api = await DiscordApiEmulator.StartAsync();
        var gateway = await DiscordGatewayEmulator.StartAsync();
        api.BucketLimit = 1000;
        api.GatewayUrl = gateway.Url.ToString();
        beforeStart?.Invoke(gateway);
        var folder = Directory.CreateTempSubdirectory("watchbot-health-").FullName;
        var host = WatchBotHost.Create(
        [
            "--Shell:Enabled=false",
            "--Storage:SqlitePath=" + Path.Combine(folder, "data", "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
            "--Discord:Token=test-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + api.BaseUrl,
            "--Discord:Gateway:ReconnectDelayMin=00:00:00.050",
            "--Discord:Gateway:ReconnectDelayMax=00:00:00.200",
            "--Http:Urls=http://127.0.0.1:0",
            .. settings,
        ]);
        await host.StartAsync();
        return new GatewayBotHost(api, gateway, host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Host.StopAsync();
        Host.Dispose();
        await Gateway.DisposeAsync();
        await Api.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; a failed cleanup must not fail the test that ran.
        }
    }
}
