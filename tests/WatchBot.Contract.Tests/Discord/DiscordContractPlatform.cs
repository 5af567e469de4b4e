using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Core.Views;
using WatchBot.Emulators.Discord;
using WatchBot.Http;

namespace WatchBot.Contract.Tests.Discord;

/// <summary>
/// Discord: the real host on the HTTP interactions transport, its REST client pointed at the Discord
/// emulator, commands sent as signed interactions over loopback HTTP. What it received is every
/// message create (post) and edit the emulator took; answers are the interactions' ephemeral replies.
/// </summary>
/// <param name="moderators">Members with Manage Server.</param>
/// <param name="appPermissions">The bot's permissions in the channel as every interaction's <c>app_permissions</c> says them; null: not said.</param>
/// <param name="storage">Where the host keeps sessions and timers (the caller disposes it); null: SQLite files in the platform's folder.</param>
internal sealed class DiscordContractPlatform(IReadOnlySet<string>? moderators = null, ulong? appPermissions = null, ContractStorage? storage = null) : IContractPlatform
{
    private static readonly Dictionary<string, string> UserIds = new(StringComparer.Ordinal)
    {
        ["alice"] = "2000000000000000001",
        ["bob"] = "2000000000000000002",
        ["dave"] = "2000000000000000004",
    };

    private readonly IReadOnlySet<string> _moderators = moderators ?? new HashSet<string>();
    private readonly Dictionary<string, string> _others = new(StringComparer.Ordinal);

    private readonly string _folder = Directory.CreateTempSubdirectory("watchbot-contract-discord-").FullName;

    private readonly ContractStorage _storage = storage ?? ContractStorage.Sqlite();
    private readonly HashSet<string> _cardsPosted = new(StringComparer.Ordinal);
    private readonly HttpClient _http = new();
    private readonly Ed25519Signer _signer = Ed25519Signer.Test();
    private DiscordApiEmulator? _api;
    private IHost? _host;
    private DiscordInteractionSender? _sender;

    public string Name => "discord";

    public FakeTimeProvider Clock { get; } = new(WatchBot.Testing.TestTime.Start);

    public ViewLog Views { get; } = new();

    public DiscordApiEmulator Api => _api!;

    public IServiceProvider Services => _host!.Services;

    public string SpaceId => DiscordInteractions.GuildId;

    public async Task StartAsync()
    {
        if (_api is null)
        {
            _api = await DiscordApiEmulator.StartAsync();

            // Rate limits are not this suite's subject (Showtime measures them): no bucket may refuse a scripted step.
            _api.BucketLimit = 1000;
        }

        string[] args =
        [
            "--Shell:Enabled=false",
            "--Http:Urls=http://127.0.0.1:0",
            .. await _storage.ArgsAsync(_folder),
            "--Discord:Transport=http",
            "--Discord:PublicKey=" + _signer.PublicKeyHex,
            "--Discord:Token=test-token",
            "--Discord:ApplicationId=" + DiscordInteractions.ApplicationId,
            "--Discord:ApiBaseUrl=" + _api.BaseUrl,
            "--Discord:ReactionBatchWindow=00:00:01",

            // The contract moves its clock as soon as an answer is in: the answer waits for the
            // command's timers too (answering at commit, the default, is tested in Discord's Answers/).
            "--Discord:AnswerAtCommit=false",
        ];
        _host = WatchBotHost.Create(args, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ViewTap.Install(services, Views);
        });
        await _host.StartAsync();
        var endpoint = new Uri(_host.Services.GetRequiredService<InboundHttpServer>().Addresses[0], "/discord/interactions");
        _sender = new DiscordInteractionSender(_http, endpoint, _signer, Clock, _api);
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
        // Moderators are members with Manage Server; everyone else has the plain permissions.
        var data = DiscordCommandShape.Data(line, IdOf, Permissions);
        var interaction = DiscordCommandShape.Interaction(data, user, IdOf(user), Permissions(user));
        if (appPermissions is { } granted)
        {
            interaction["app_permissions"] = granted.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var response = await _sender!.SendAsync(interaction);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, answer["type"]!.GetValue<int>());

        // /watch start and schedule answer with the card itself, in the channel (Received has it):
        // the sender had no answer of their own, which the contract spells as NoAnswer.
        if (answer["data"]!["flags"] is null)
        {
            Assert.Contains(TypedLine.Of(line).SubCommand, (string[])["start", "schedule"]);
            return NoAnswer(line);
        }

        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        return answer["data"]!["content"]!.GetValue<string>();
    }

    /// <summary>A member's snowflake: alice's and bob's as they always were, anyone else numbered in the order first named.</summary>
    public string IdOf(string user)
    {
        if (UserIds.TryGetValue(user, out var id) || _others.TryGetValue(user, out id))
        {
            return id;
        }

        id = "2100000000000000" + (_others.Count + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        _others[user] = id;
        return id;
    }

    public IReadOnlyList<Delivery> Draw(ChannelView view)
    {
        // Discord has no scheduled messages: an announcement arranged ahead is posted when it comes, a withdrawal is nothing to undo.
        var drawn = view.Announcements
            .Select(a => new Delivery("post", Message(DiscordDrawing.Announcement(a))) { Batched = a.BatchKey is not null })
            .ToList();
        if (view.Card is { } card)
        {
            drawn.Add(new Delivery(_cardsPosted.Add(card.Key) ? "post" : "edit", Message(DiscordDrawing.Card(card))));
        }

        return drawn;
    }

    public string Draw(Reply reply) => DiscordDrawing.Reply(reply);

    /// <summary>An interaction must be answered: with nothing to say, Discord says what was done.</summary>
    public string NoAnswer(string line) => DiscordDrawing.Done("/watch " + TypedLine.Of(line).SubCommand);

    /// <summary>
    /// Channel posts and edits, the cards that were interactions' answers (posts), their edits through
    /// @original and GOs posted as follow-ups: everything the channel saw, in the order it arrived.
    /// </summary>
    public IReadOnlyList<Delivery> Received()
    {
        var writes = Api.Calls
            .Where(c => c.IsMessageWrite || c.IsOriginalEdit || c.IsPublicFollowUp)
            .Select(c => (c.At, Delivery: new Delivery(c.Method == "POST" ? "post" : "edit", Message(c.Json!.AsObject()))));
        var answers = Api.PublicAnswers.Select(a => (At: a.IssuedAt, Delivery: new Delivery("post", Message(a.FirstBody!))));
        return [.. writes.Concat(answers).OrderBy(w => w.At).Select(w => w.Delivery)];
    }

    public Task WaitForAsync(IReadOnlyList<Delivery> expected) => Eventually.HoldsAsync(
        () => Deliveries.Holds(Received(), expected),
        () => $"Discord did not receive all of:\n{string.Join("\n", expected)}\nIt received:\n{string.Join("\n", Received())}");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

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

    private string Permissions(string user) => _moderators.Contains(user) ? DiscordCommandShape.ManageGuild : DiscordInteractions.PlainPermissions;

    // What a message shows and how it may notify: its content, its buttons and its allowed mentions.
    private static string Message(JsonObject json) => new JsonObject
    {
        ["content"] = json["content"]?.DeepClone(),
        ["components"] = json["components"]?.DeepClone(),
        ["allowed_mentions"] = json["allowed_mentions"]?.DeepClone(),
    }.ToJsonString();
}
