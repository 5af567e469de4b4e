using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Emulators;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Discord.Gateway;
using WatchBot.Http;

namespace WatchBot.Discord.Tests.Support;

/// <summary>
/// The real WatchBot host on the HTTP transport, pointed at the Discord REST emulator, with a signed
/// interaction sender aimed at its /discord/interactions. Real clock, short countdowns.
/// </summary>
internal sealed class DiscordHttpHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly HttpClient _http = new();

    private DiscordHttpHarness(string folder, DiscordApiEmulator api, IHost host, Ed25519Signer signer, Uri endpoint)
    {
        _folder = folder;
        Api = api;
        Host = host;
        Signer = signer;
        Endpoint = endpoint;
        Sender = new DiscordInteractionSender(_http, endpoint, signer, discord: api);
    }

    public DiscordApiEmulator Api { get; }

    public IHost Host { get; }

    public Ed25519Signer Signer { get; }

    public Uri Endpoint { get; }

    public DiscordInteractionSender Sender { get; }

    /// <summary>The gateway emulator when started with <see cref="StartGatewayAsync"/>.</summary>
    public DiscordGatewayEmulator? Gateway { get; private set; }

    public static Task<DiscordHttpHarness> StartAsync(params string[] extra) => StartAsync(null, null, extra);

    /// <summary>With service overrides (a slow store, say) applied after the host's own registrations.</summary>
    public static Task<DiscordHttpHarness> StartAsync(Action<IServiceCollection> overrides, params string[] extra) => StartAsync(null, overrides, extra);

    /// <summary>The same host on the gateway transport: interactions arrive as INTERACTION_CREATE dispatches.</summary>
    public static async Task<DiscordHttpHarness> StartGatewayAsync(Action<IServiceCollection>? overrides = null, params string[] extra)
    {
        var gateway = await DiscordGatewayEmulator.StartAsync();
        var harness = await StartAsync(gateway, overrides, ["--Discord:Transport=gateway", .. extra]);
        harness.Gateway = gateway;
        await gateway.WaitUntilAsync(g => g.Identifies >= 1, EmulatorAssembly.Patience);
        return harness;
    }

    private static async Task<DiscordHttpHarness> StartAsync(DiscordGatewayEmulator? gateway, Action<IServiceCollection>? overrides, string[] extra)
    {
        var folder = Path.Combine(Path.GetTempPath(), "watchbot-discord-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var api = await DiscordApiEmulator.StartAsync();
        if (gateway is not null)
        {
            api.GatewayUrl = gateway.Url.ToString();
        }
        var signer = Ed25519Signer.Test();
        string[] args =
        [
            "--Shell:Enabled=false",
            "--Http:Urls=http://127.0.0.1:0",
            $"--Storage:SqlitePath={Path.Combine(folder, "w.db")}",
            $"--Scheduling:SqlitePath={Path.Combine(folder, "q.db")}",
            "--Discord:Transport=http",
            $"--Discord:PublicKey={signer.PublicKeyHex}",
            "--Discord:Token=test-token",
            $"--Discord:ApplicationId={DiscordInteractions.ApplicationId}",
            $"--Discord:ApiBaseUrl={api.BaseUrl}",
            "--Discord:ReactionBatchWindow=00:00:00.300",
            "--Sessions:MinCountdown=00:00:01",
            "--Sessions:DefaultResumeCountdown=00:00:01",

            // These tests read the card and GO from their REST posts, and move their clocks as soon
            // as an answer is in; the card as the interaction's answer, GO as a follow-up and the
            // answer at commit (the defaults) have their own tests (Answers/).
            "--Discord:AnswerWithCard=false",
            "--Discord:GoFollowUps=false",
            "--Discord:AnswerAtCommit=false",
            .. extra,
        ];
        var host = WatchBot.WatchBotHost.Create(args, overrides);
        await host.StartAsync();
        var server = host.Services.GetRequiredService<InboundHttpServer>();
        var endpoint = server.Addresses.Count > 0 ? new Uri(server.Addresses[0], "/discord/interactions") : new Uri("http://127.0.0.1:1/");
        return new DiscordHttpHarness(folder, api, host, signer, endpoint);
    }

    /// <summary>Sends a signed interaction and returns the HTTP status and the JSON answer (if any).</summary>
    public async Task<(int Status, JsonNode? Answer)> SendAsync(JsonNode interaction)
    {
        using var response = await Sender.SendAsync(interaction);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null);
    }

    /// <summary>The ephemeral content of an interaction answer.</summary>
    public static string Content(JsonNode? answer)
    {
        Assert.NotNull(answer);
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        return answer["data"]!["content"]!.GetValue<string>();
    }

    /// <summary>Waits until the emulator has recorded a call matching <paramref name="match"/>; returns it.</summary>
    public async Task<DiscordApiCall> WaitForCallAsync(Func<DiscordApiCall, bool> match) =>
        (await Within.AsyncUntil(() => Api.Calls.FirstOrDefault(match), c => c is not null))!;

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Api.DisposeAsync();
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }

        Signer.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the OS cleans temp.
        }
    }
}
