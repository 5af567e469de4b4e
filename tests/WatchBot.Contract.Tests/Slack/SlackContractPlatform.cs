using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Core.Views;
using WatchBot.Emulators.Slack;
using WatchBot.Http;

namespace WatchBot.Contract.Tests.Slack;

/// <summary>
/// Slack: the real host on the HTTP transport, its Web API client pointed at the Slack emulator,
/// commands sent as signed slash commands over loopback HTTP. What it received is every
/// chat.postMessage (post), chat.update (edit), chat.scheduleMessage (schedule) and
/// chat.deleteScheduledMessage (unschedule); answers are the slash commands' ephemeral responses.
/// </summary>
/// <param name="moderators">Members the bot is configured to treat as moderators (Slack:Moderators).</param>
/// <param name="storage">Where the host keeps sessions and timers (the caller disposes it); null: SQLite files in the platform's folder.</param>
internal sealed partial class SlackContractPlatform(IReadOnlySet<string>? moderators = null, ContractStorage? storage = null) : IContractPlatform
{
    private const string Secret = "contract-signing-secret";
    private const string Team = "T0TEAM";
    private const string Channel = "C0MOVIES";

    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-contract-slack-").FullName;

    private readonly ContractStorage _storage = storage ?? ContractStorage.Sqlite();
    private readonly HashSet<string> _cardsPosted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scheduled = new(StringComparer.Ordinal);
    private SlackApiEmulator? _slack;
    private IHost? _host;
    private SlackRequestSender? _sender;

    public string Name => "slack";

    public FakeTimeProvider Clock { get; } = new(WatchBot.Testing.TestTime.Start);

    public ViewLog Views { get; } = new();

    public SlackApiEmulator Slack => _slack!;

    public IServiceProvider Services => _host!.Services;

    public string SpaceId => Team;

    public async Task StartAsync()
    {
        if (_slack is null)
        {
            _slack = await SlackApiEmulator.StartAsync();
            _slack.ExpectedBotToken = "xoxb-contract";

            // Rate limits are not this suite's subject (Showtime measures them): no scripted post may be refused.
            _slack.PostBurst = 1000;
        }

        string[] args =
        [
            "--Shell:Enabled=false",
            "--Http:Urls=http://127.0.0.1:0",
            .. await _storage.ArgsAsync(_folder),
            "--Slack:Transport=http",
            "--Slack:SigningSecret=" + Secret,
            "--Slack:BotToken=xoxb-contract",
            "--Slack:ApiBaseUrl=" + _slack.ApiBaseUrl,
            "--Slack:ReactionBatchWindow=00:00:01",
            .. (moderators ?? new HashSet<string>()).Order(StringComparer.Ordinal).Select((m, i) => $"--Slack:Moderators:{i}={IdOf(m)}"),
        ];
        _host = WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ViewTap.Install(services, Views);
        });
        await _host.StartAsync();
        _sender?.Dispose();
        _sender = new SlackRequestSender(_host.Services.GetRequiredService<InboundHttpServer>().Addresses[0], Secret, Clock);
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync();
            host.Dispose();
        }
    }

    public async Task<string> SendAsync(string user, string line)
    {
        // Slack sends the user's name with the command; the contract's people are named alike on every platform.
        // Slack escapes an @-mention to <@U…|name> (should_escape is on in the manifest).
        var text = Named().Replace(TypedLine.Text(line), m => $"<@{IdOf(m.Groups["name"].Value)}|{m.Groups["name"].Value}>");
        var fields = _sender!.CommandFields(Team, Channel, IdOf(user), text);
        fields["user_name"] = user;
        using var response = await _sender.PostAsync("slack/commands", SlackRequestSender.Form(fields), "application/x-www-form-urlencoded");
        Assert.True(response.IsSuccessStatusCode, $"Slack command answered {(int)response.StatusCode}");
        var answer = await response.Content.ReadAsStringAsync();
        if (answer.Length == 0)
        {
            return "";
        }

        // Only the sender sees a slash command's answer unless it says in_channel.
        var json = JsonNode.Parse(answer)!;
        Assert.NotEqual("in_channel", (string?)json["response_type"]);
        return (string?)json["text"] ?? "";
    }

    /// <summary>A member id made from the name (Slack's ids are upper-case letters and digits).</summary>
    public string IdOf(string user) => "U" + user.ToUpperInvariant();

    public IReadOnlyList<Delivery> Draw(ChannelView view)
    {
        var drawn = new List<Delivery>();
        if (view.Ahead is { } ahead)
        {
            // Arranged again (a booking renamed or moved): the older scheduled copy is deleted first.
            if (!_scheduled.Add(ahead.Announcement.Key!))
            {
                drawn.Add(new Delivery("unschedule", ""));
            }

            var body = SlackDrawing.Announcement(ahead.Announcement);
            body["post_at"] = ahead.At.ToUnixTimeSeconds();
            drawn.Add(new Delivery("schedule", Message(body)));
        }

        foreach (var announcement in view.Announcements)
        {
            // An announcement arranged ahead is claimed when it comes: the scheduled copy Slack has not
            // posted yet is deleted and the announcement posted now (the emulator never posts by itself).
            if (announcement.Key is { } key && _scheduled.Remove(key))
            {
                drawn.Add(new Delivery("unschedule", ""));
            }

            drawn.Add(new Delivery("post", Message(SlackDrawing.Announcement(announcement))) { Batched = announcement.BatchKey is not null });
        }

        if (view.Card is { } card)
        {
            drawn.Add(new Delivery(_cardsPosted.Add(card.Key) ? "post" : "edit", Message(SlackDrawing.Card(card))));
        }

        drawn.AddRange(view.Withdraw.Where(_scheduled.Remove).Select(_ => new Delivery("unschedule", "")));
        return drawn;
    }

    public string Draw(Reply reply) => SlackDrawing.Reply(reply);

    /// <summary>Slack needs no answer: an empty 200 shows nothing.</summary>
    public string NoAnswer(string line) => "";

    public IReadOnlyList<Delivery> Received() =>
        [.. Slack.Calls.Where(c => c.Ok).Select(Delivered).OfType<Delivery>()];

    public Task WaitForAsync(IReadOnlyList<Delivery> expected) => Eventually.HoldsAsync(
        () => Deliveries.Holds(Received(), expected),
        () => $"Slack did not receive all of:\n{string.Join("\n", expected)}\nIt received:\n{string.Join("\n", Received())}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _sender?.Dispose();
        if (_slack is not null)
        {
            await _slack.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold a file a moment longer; the OS cleans temp.
        }
    }

    private static Delivery? Delivered(SlackApiCall call) => call.Method switch
    {
        "chat.postMessage" => new Delivery("post", Message(call.Body)),
        "chat.update" => new Delivery("edit", Message(call.Body)),
        "chat.scheduleMessage" => new Delivery("schedule", Message(call.Body)),
        "chat.deleteScheduledMessage" => new Delivery("unschedule", ""),
        _ => null,
    };

    // What a message shows (its text and blocks) and, for one scheduled ahead, when.
    private static string Message(JsonObject body)
    {
        var shown = new JsonObject { ["text"] = body["text"]?.DeepClone(), ["blocks"] = body["blocks"]?.DeepClone() };
        if (body["post_at"] is { } postAt)
        {
            shown["post_at"] = postAt.GetValue<long>().ToString(CultureInfo.InvariantCulture);
        }

        return shown.ToJsonString();
    }

    [GeneratedRegex(@"(?<=user:)@(?<name>[a-z0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
