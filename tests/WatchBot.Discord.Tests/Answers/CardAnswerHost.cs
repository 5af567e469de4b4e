using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Discord.Gateway;
using WatchBot.Engine.Ports;
using WatchBot.Http;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// The real host (HTTP or gateway transport) and the Discord emulators on one test clock, so that
/// interaction tokens expire as the clock moves; restartable on the same database. Cards answer
/// interactions (the default, <c>Discord:AnswerWithCard</c>).
/// </summary>
internal sealed class CardAnswerHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-answer-").FullName;
    private readonly HttpClient _http = new();
    private readonly bool _gateway;
    private readonly Action<IServiceCollection>? _overrides;
    private IHost? _host;

    private CardAnswerHost(bool gateway, Action<IServiceCollection>? overrides)
    {
        _gateway = gateway;
        _overrides = overrides;
    }

    public FakeTimeProvider Clock { get; } = new(WatchBot.Testing.TestTime.Start);

    public Ed25519Signer Signer { get; } = Ed25519Signer.Test();

    public DiscordApiEmulator Api { get; private set; } = null!;

    public DiscordGatewayEmulator? Gateway { get; private set; }

    public IServiceProvider Services => _host!.Services;

    private DiscordInteractionSender? Sender { get; set; }

    public static async Task<CardAnswerHost> StartAsync(bool gateway = false, Action<IServiceCollection>? overrides = null)
    {
        var host = new CardAnswerHost(gateway, overrides);
        host.Api = await DiscordApiEmulator.StartAsync(host.Clock);

        // The clock stands still between steps: no window may refuse a scripted request.
        host.Api.BucketLimit = 10_000;
        host.Api.GlobalLimit = 10_000;
        if (gateway)
        {
            host.Gateway = await DiscordGatewayEmulator.StartAsync();
            host.Api.GatewayUrl = host.Gateway.Url.ToString();
        }

        await host.BootAsync();
        return host;
    }

    /// <summary>Stops the host and boots it again on the same files (tokens, in memory, are gone).</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await BootAsync();
    }

    /// <summary>An interaction over the HTTP transport: its answer (the HTTP body), told to the emulator as Discord would know it.</summary>
    public async Task<JsonObject> SendAsync(JsonObject interaction)
    {
        using var response = await Sender!.SendAsync(interaction);
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>An interaction over the gateway (INTERACTION_CREATE); the emulated API learns where it happened first.</summary>
    public async Task DispatchAsync(JsonObject interaction)
    {
        Api.Expect(interaction);
        await Gateway!.DispatchInteractionAsync(interaction.ToJsonString());
    }

    /// <summary>
    /// Waits until the card of the session behind <paramref name="answer"/> (the interaction's answer)
    /// holds that answer's message in its slot: the kit took it, and a restart keeps it.
    /// </summary>
    public async Task<string> WaitForCardSlotAsync(JsonObject interaction, JsonObject answer)
    {
        var messageId = Api.InteractionOf(interaction["token"]!.GetValue<string>())!.MessageId!;
        var anyAction = CardAnswerTests.CustomIds(answer).First(id => id.StartsWith("watch:", StringComparison.Ordinal) && !id.StartsWith("watch:react:", StringComparison.Ordinal));
        var slot = "card:session:" + anyAction[(anyAction.LastIndexOf(':') + 1)..];
        var links = Services.GetRequiredService<IPlatformLinks>();
        await Within.AsyncUntil(() => links.GetAsync("discord", slot, CancellationToken.None).GetAwaiter().GetResult(), id => id == messageId);
        return messageId;
    }

    /// <summary>Waits until the emulator has recorded a call matching <paramref name="match"/>.</summary>
    public async Task<DiscordApiCall> WaitForCallAsync(Func<DiscordApiCall, bool> match)
    {
        try
        {
            return (await Within.AsyncUntil(() => Api.Calls.FirstOrDefault(match), c => c is not null))!;
        }
        catch (TimeoutException ex)
        {
            // What it did receive, to see why (routes, statuses, the start of each body).
            var seen = string.Join("\n", Api.Calls.Select(c => $"{c.Method} {c.Path} {c.Status} {c.Body[..Math.Min(c.Body.Length, 160)]}"));
            throw new TimeoutException(ex.Message + "\nReceived:\n" + seen, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
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

    private async Task BootAsync()
    {
        string[] args =
        [
            "--Shell:Enabled=false",
            "--Http:Urls=http://127.0.0.1:0",
            "--Storage:SqlitePath=" + Path.Combine(_folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(_folder, "q.db"),
            "--Discord:Transport=" + (_gateway ? "gateway" : "http"),
            "--Discord:PublicKey=" + Signer.PublicKeyHex,
            "--Discord:Token=test-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + Api.BaseUrl,
            "--Sessions:MinCountdown=00:00:01",
        ];
        _host = WatchBot.WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _overrides?.Invoke(services);
        });
        await _host.StartAsync();
        if (Gateway is { } gateway)
        {
            await gateway.WaitUntilAsync(g => g.Identifies >= 1, EmulatorAssembly.Patience);
            return;
        }

        var endpoint = new Uri(_host.Services.GetRequiredService<InboundHttpServer>().Addresses[0], "/discord/interactions");
        Sender = new DiscordInteractionSender(_http, endpoint, Signer, Clock, Api);
    }

    private async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }
}
