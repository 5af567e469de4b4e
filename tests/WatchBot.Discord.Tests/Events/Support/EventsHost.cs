using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Emulators.Discord;
using WatchBot.Http;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Events.Support;

/// <summary>
/// The real host (SQLite, Quartz, HTTP interactions) on one test clock shared with the Discord
/// emulator, stopped and started again on the same files as a restarted bot would be.
/// </summary>
internal sealed class EventsHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-events-").FullName;
    private readonly HttpClient _http = new();
    private readonly Ed25519Signer _signer = Ed25519Signer.Test();
    private IHost? _host;
    private DiscordInteractionSender? _sender;

    private EventsHost(DiscordApiEmulator api, FakeTimeProvider clock)
    {
        Api = api;
        Clock = clock;

        // The clock stands still between steps: no limit may refuse one.
        api.BucketLimit = 1000;
        api.GlobalLimit = 1000;
    }

    /// <summary>The host's clock, and Discord's.</summary>
    public FakeTimeProvider Clock { get; }

    public DiscordApiEmulator Api { get; }

    public static async Task<EventsHost> StartAsync()
    {
        var clock = new FakeTimeProvider(TestTime.Start);
        var host = new EventsHost(await DiscordApiEmulator.StartAsync(clock), clock);
        await host.BootAsync();
        return host;
    }

    /// <summary>Sends a signed interaction; returns the HTTP status.</summary>
    public async Task<int> SendAsync(JsonNode interaction)
    {
        using var response = await _sender!.SendAsync(interaction);
        return (int)response.StatusCode;
    }

    /// <summary>Sends a signed interaction; returns the HTTP status and the JSON answer (if any).</summary>
    public async Task<(int Status, JsonNode? Answer)> AskAsync(JsonNode interaction)
    {
        using var response = await _sender!.SendAsync(interaction);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.TrimStart().StartsWith('{') ? JsonNode.Parse(text) : null);
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await BootAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Api.DisposeAsync();
        _signer.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file a moment longer; the OS cleans temp.
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
            "--Discord:Transport=http",
            "--Discord:PublicKey=" + _signer.PublicKeyHex,
            "--Discord:Token=test-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + Api.BaseUrl,

            // The events tests read the card from its REST post (CardAnswerTests cover the card as the answer).
            "--Discord:AnswerWithCard=false",
            "--Discord:GoFollowUps=false",
            "--Discord:AnswerAtCommit=false",
        ];
        _host = WatchBot.WatchBotHost.Create(args, services => services.AddSingleton<TimeProvider>(Clock));
        await _host.StartAsync();
        var endpoint = new Uri(_host.Services.GetRequiredService<InboundHttpServer>().Addresses[0], "/discord/interactions");
        _sender = new DiscordInteractionSender(_http, endpoint, _signer, Clock, Api);
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
