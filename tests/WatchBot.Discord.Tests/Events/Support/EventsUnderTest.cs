using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WatchBot.Core.Kernel;
using WatchBot.Core.Views;
using WatchBot.Discord.Events;
using WatchBot.Discord.Publishing;
using WatchBot.Discord.Rest;
using WatchBot.Emulators.Discord;
using WatchBot.Platform.Outbound;
using WatchBot.Testing;

namespace WatchBot.Discord.Tests.Events.Support;

/// <summary>
/// Discord's publisher as wired (the kit, the messenger, the event keeper) over the real REST client
/// and the Discord emulator on loopback HTTP, sharing one test clock. <see cref="RestartAsync"/> starts
/// a new publisher on the same links, as a restarted bot would.
/// </summary>
internal sealed class EventsUnderTest : IAsyncDisposable
{
    public const string Guild = "1000000000000000002";
    public const string ChannelId = "1000000000000000003";
    public const string ApplicationId = "1000000000000000001";

    private DiscordRestClient _rest = null!;

    private EventsUnderTest(DiscordApiEmulator api, FakeTimeProvider time)
    {
        Api = api;
        Time = time;
        Start();
    }

    /// <summary>The bot's clock and Discord's (the emulator decides "in the past" and moves events by it).</summary>
    public FakeTimeProvider Time { get; }

    public DiscordApiEmulator Api { get; }

    public MemoryPlatformLinks Links { get; } = new();

    public GuildEventGrants Grants { get; private set; } = null!;

    public DiscordCauseBook Causes { get; private set; } = null!;

    public DiscordChannelPublisher Publisher { get; private set; } = null!;

    public static ChannelAddress Channel { get; } = new(DiscordPlatform.Name, Guild, ChannelId);

    public static async Task<EventsUnderTest> StartAsync()
    {
        var time = new FakeTimeProvider(TestTime.Start);
        var bot = new EventsUnderTest(await DiscordApiEmulator.StartAsync(time), time);

        // Rate limits are not these tests' subject (the clock stands still): no limit may refuse a step.
        bot.Api.BucketLimit = 1000;
        bot.Api.GlobalLimit = 1000;
        return bot;
    }

    /// <summary>Shows <paramref name="view"/> and waits until the kit has sent everything.</summary>
    public async Task ShowAsync(ChannelView view)
    {
        await Publisher.PublishAsync(Channel, view, CancellationToken.None);
        await Publisher.Kit.WaitIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
    }

    /// <summary>Someone ran a command in the channel: what follows is explained to them through this token.</summary>
    public void Interaction(string token) =>
        Causes.Remember(Channel, new DiscordSendCause(Snowflake.Parse(ApplicationId), token));

    /// <summary>The guild's events now, as Discord would list them.</summary>
    public IReadOnlyList<JsonObject> Events => Api.ScheduledEvents(Guild);

    public JsonObject Event(string listingKey)
    {
        var id = Links[DiscordPlatform.Name, DiscordEventKeeper.LinkKey(listingKey)];
        Assert.NotNull(id);
        return Assert.Single(Events, e => e["id"]!.GetValue<string>() == id);
    }

    public int Calls(string method, string pathPart) =>
        Api.Calls.Count(c => c.Method == method && c.Path.Contains(pathPart, StringComparison.Ordinal));

    /// <summary>The follow-ups (private notes) and channel messages that are not cards.</summary>
    public IReadOnlyList<DiscordApiCall> Notes =>
        [.. Api.Calls.Where(c => c.Method == "POST" && (c.Path.StartsWith("/webhooks/", StringComparison.Ordinal) || c.Path.StartsWith("/channels/", StringComparison.Ordinal))
            && c.Content.Contains("Events tab", StringComparison.Ordinal))];

    /// <summary>Stops this publisher and starts a new one over the same links and emulator (the process restarted).</summary>
    public async Task RestartAsync()
    {
        await Publisher.DisposeAsync();
        _rest.Dispose();
        Start();
    }

    public async ValueTask DisposeAsync()
    {
        await Publisher.DisposeAsync();
        _rest.Dispose();
        await Api.DisposeAsync();
    }

    private void Start()
    {
        var options = Options.Create(new DiscordOptions
        {
            Token = "test-token",
            ApplicationId = ApplicationId,
            ApiBaseUrl = Api.BaseUrl.ToString(),
            GlobalRequestsPerSecond = 1000,
        });
        _rest = new DiscordRestClient(options, Time, NullLogger<DiscordRestClient>.Instance);
        Grants = new GuildEventGrants();
        Causes = new DiscordCauseBook(Time);
        var keeper = new DiscordEventKeeper(_rest, Links, Grants, new DiscordEventNotes(_rest, Links), Time, NullLogger<DiscordEventKeeper>.Instance);
        Publisher = new DiscordChannelPublisher(
            new DiscordMessenger(_rest, NullLogger<DiscordMessenger>.Instance),
            new DiscordCannotPostNote(_rest),
            Causes,
            Links,
            Time,
            options.Value.Kit(),
            NullLogger<ViewPublisher>.Instance,
            keeper);
    }
}
