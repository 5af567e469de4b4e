using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Emulators.Slack;
using WatchBot.Http;

namespace WatchBot.Slack.Tests.Support;

/// <summary>
/// The real WatchBot host on the HTTP transport, its Web API pointed at the loopback emulator, and
/// a sender that plays Slack. One per test: each gets its own databases in a temporary folder.
/// </summary>
internal sealed class SlackHttpHost : IAsyncDisposable
{
    public const string Secret = "test-signing-secret";
    public const string Team = "T0TEAM";
    public const string Channel = "C0MOVIES";
    public const string Moderator = "UMOD";

    private readonly string _folder;

    private SlackHttpHost(IHost host, SlackApiEmulator slack, SlackRequestSender sender, string folder)
    {
        Host = host;
        Slack = slack;
        Sender = sender;
        _folder = folder;
    }

    public IHost Host { get; }

    public SlackApiEmulator Slack { get; }

    public SlackRequestSender Sender { get; }

    public static Task<SlackHttpHost> StartAsync(params string[] extraArgs) => StartAsync(null, extraArgs);

    /// <summary>With service overrides (a log capture, say) applied after the host's own registrations.</summary>
    public static async Task<SlackHttpHost> StartAsync(Action<IServiceCollection>? overrides, params string[] extraArgs)
    {
        var slack = await SlackApiEmulator.StartAsync();
        slack.ExpectedBotToken = "xoxb-test";
        var folder = Directory.CreateTempSubdirectory("watchbot-slack-").FullName;
        string[] args =
        [
            "--Slack:Transport=http",
            "--Slack:SigningSecret=" + Secret,
            "--Slack:BotToken=xoxb-test",
            "--Slack:ApiBaseUrl=" + slack.ApiBaseUrl,
            "--Slack:Moderators:0=" + Moderator,
            "--Slack:ReactionBatchWindow=00:00:00.200",
            "--Http:Urls=http://127.0.0.1:0",
            "--Shell:Enabled=false",
            "--Storage:SqlitePath=" + Path.Combine(folder, "w.db"),
            "--Scheduling:SqlitePath=" + Path.Combine(folder, "q.db"),
            .. extraArgs,
        ];
        var host = WatchBotHost.Create(args, overrides);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<InboundHttpServer>().Addresses[0];
        return new SlackHttpHost(host, slack, new SlackRequestSender(address, Secret), folder);
    }

    public Task<HttpResponseMessage> CommandAsync(string text, string user = "UALICE", Uri? responseUrl = null) =>
        Sender.CommandAsync(Team, Channel, user, text, responseUrl);

    /// <summary>The session id carried by the buttons of the latest session message.</summary>
    public string SessionId()
    {
        var withButtons = Slack.Calls.Last(c => c.Body["blocks"] is JsonArray blocks && blocks.ToJsonString().Contains("watch:ready:", StringComparison.Ordinal));
        return withButtons.Body["blocks"]!.AsArray().OfType<JsonObject>()
            .First(b => (string?)b["type"] == "actions")["elements"]![0]!["value"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        Sender.Dispose();
        await Host.StopAsync();
        Host.Dispose();
        await Slack.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer on some systems; a temp folder left behind is harmless.
        }
    }
}
