using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WatchBot.Discord.Tests.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// RSVP buttons pressed on the emulator come back as <c>/watch rsvp</c> on the card's booking (one
/// Core scheme, no Discord-specific mapping), a drop promotes the first waiting, and the reminder
/// notifies exactly the people with a seat: <c>allowed_mentions.users</c> names them and nobody else.
/// The real host on a manual clock, real Quartz, real SQLite.
/// </summary>
public sealed class RsvpAndReminderTests : IAsyncLifetime, IDisposable
{
    private const string Bob = "2000000000000000002";
    private const string Carol = "2000000000000000003";
    private const string Dave = "2000000000000000004";

    private readonly FakeTimeProvider _clock = new(WatchBot.Testing.TestTime.Start);
    private readonly HttpClient _http = new();
    private DiscordHttpHarness _bot = null!;
    private DiscordInteractionSender _sender = null!;

    public async Task InitializeAsync()
    {
        _bot = await DiscordHttpHarness.StartAsync(services => services.AddSingleton<TimeProvider>(_clock));
        _sender = new DiscordInteractionSender(_http, _bot.Endpoint, _bot.Signer, _clock, _bot.Api);
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task RsvpButtons_SeatAndPromote_AndTheReminderMentionsExactlyThoseGoing()
    {
        await SendAsync(DiscordInteractions.Watch("schedule", new Dictionary<string, string>
        {
            ["title"] = "Alien",
            ["at"] = "in 2h",
            ["seats"] = "1",
            ["reminders"] = "1h",
        }));
        var card = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("Alien", StringComparison.Ordinal));
        var ids = CustomIds(card);
        var going = ids.Single(id => id.StartsWith("watch:rsvp:going:", StringComparison.Ordinal));
        var cant = ids.Single(id => id.StartsWith("watch:rsvp:no:", StringComparison.Ordinal));

        Assert.Contains("You're going", DiscordHttpHarness.Content(await SendAsync(DiscordInteractions.Click(going, Bob, "bob"))), StringComparison.Ordinal);
        Assert.Contains("waiting list", DiscordHttpHarness.Content(await SendAsync(DiscordInteractions.Click(going, Carol, "carol"))), StringComparison.Ordinal);
        await SendAsync(DiscordInteractions.Click(ids.Single(id => id.StartsWith("watch:rsvp:maybe:", StringComparison.Ordinal)), Dave, "dave"));
        await _bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("going 1/1 · 1 waiting · 1 maybe", StringComparison.Ordinal));

        await SendAsync(DiscordInteractions.Click(cant, Bob, "bob"));
        var promoted = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("got a seat", StringComparison.Ordinal));
        Assert.Contains("carol", promoted.Content, StringComparison.Ordinal);
        Assert.Null(promoted.Json!["allowed_mentions"]!["users"]);

        _clock.Advance(TimeSpan.FromHours(1));

        var reminder = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("Reminder", StringComparison.Ordinal));
        var allowed = reminder.Json!["allowed_mentions"]!.AsObject();
        Assert.Empty(allowed["parse"]!.AsArray());
        Assert.Equal([Carol], allowed["users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Contains($"<@{Carol}>", reminder.Content, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Bob}>", reminder.Content, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Dave}>", reminder.Content, StringComparison.Ordinal);
        Assert.Single(_bot.Api.Calls, c => c.IsMessageWrite && c.Content.Contains("Reminder", StringComparison.Ordinal));
        Assert.All(_bot.Api.Calls.Where(c => c.IsMessageWrite && !c.Content.Contains("Reminder", StringComparison.Ordinal)), c => ViewPayloadTests.AssertSafe(c.Json!));
    }

    private async Task<JsonNode?> SendAsync(JsonNode interaction)
    {
        using var response = await _sender.SendAsync(interaction);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        return text.Length > 0 ? JsonNode.Parse(text) : null;
    }

    private static List<string> CustomIds(Emulators.Discord.DiscordApiCall call) =>
        [.. call.Json!["components"]!.AsArray()
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())];
}
