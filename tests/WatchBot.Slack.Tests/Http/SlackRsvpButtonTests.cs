using System.Net;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// RSVP buttons on Slack: a block_actions payload carrying the card's action id comes back as
/// <c>/watch rsvp</c> on that booking through the same Core function as Discord; the answer is
/// ephemeral and the card's counts are redrawn.
/// </summary>
public sealed class SlackRsvpButtonTests
{
    [Fact]
    public async Task GoingAndMaybe_ArePressedOnTheCard_AndCounted()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        await bot.CommandAsync("schedule title:Alien at:\"in 2h\" seats:1");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(HasRsvpButtons));
        var buttons = calls.Last(HasRsvpButtons).Body["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .ToList();
        var going = buttons.Single(b => ((string)b["action_id"]!).StartsWith("watch:rsvp:going:", StringComparison.Ordinal));
        var maybe = buttons.Single(b => ((string)b["action_id"]!).StartsWith("watch:rsvp:maybe:", StringComparison.Ordinal));

        var bob = await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UBOB", (string)going["action_id"]!, (string)going["value"]!);
        var carol = await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UCAROL", (string)going["action_id"]!, (string)going["value"]!);
        var dave = await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UDAVE", (string)maybe["action_id"]!, (string)maybe["value"]!);

        Assert.All([bob, carol, dave], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var after = await bot.Slack.WaitForAsync(c =>
            c.Any(x => x.Method == "chat.update" && Strings(x.Body).Any(t => t.Contains("going 1/1 · 1 waiting · 1 maybe", StringComparison.Ordinal)))
            && c.Count(x => x.Method == "chat.postEphemeral") >= 3);
        var answers = after.Where(x => x.Method == "chat.postEphemeral").ToList();
        Assert.Contains(answers, a => (string?)a.Body["user"] == "UBOB" && a.Text!.Contains("You're going", StringComparison.Ordinal));
        Assert.Contains(answers, a => (string?)a.Body["user"] == "UCAROL" && a.Text!.Contains("waiting list", StringComparison.Ordinal));
        Assert.Contains(answers, a => (string?)a.Body["user"] == "UDAVE" && a.Text!.Contains("maybe", StringComparison.Ordinal));
    }

    private static bool HasRsvpButtons(SlackApiCall call) => Blocks(call).Contains("watch:rsvp:going:", StringComparison.Ordinal);

    private static string Blocks(SlackApiCall call) => call.Body["blocks"]?.ToJsonString() ?? "";

    // Decoded string values: the JSON on the wire escapes non-ASCII ("·"), which would hide it from a raw search.
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
