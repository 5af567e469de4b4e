using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;
using WatchBot.Emulators.Fuzz;
using static WatchBot.Discord.Tests.Polls.PollInteractions;

namespace WatchBot.Discord.Tests.Fuzz;

/// <summary>
/// Mutated picks in a live poll's select menu over real HTTP: picks, empty and extra values, numbers
/// that are no nomination, words, another session's menu, a menu id with a value already in it. Every
/// answer is 2xx or 4xx, nothing is logged as an error, every message write is one Discord takes, and
/// afterwards the menu still votes. Seeded: a failure names the seed and case to replay.
/// </summary>
public sealed class PollMenuFuzzTests
{
    private const int Cases = 1_500;

    [Fact]
    public async Task MutatedMenuPicks_OnALivePoll_NeverGet5xx_AndTheMenuStillVotes()
    {
        var logs = new LogCapture();
        await using var bot = await DiscordHttpHarness.StartAsync(InteractionFuzz.CaptureLogs(logs));
        await bot.SendAsync(DiscordInteractions.Watch("schedule", new Dictionary<string, string> { ["title"] = "Fuzz night", ["at"] = "in 3h" }));
        await bot.SendAsync(Poll("open", []));
        await bot.SendAsync(Poll("nominate", [("title", "Heat")]));
        await bot.SendAsync(Poll("nominate", [("title", "Ronin")], "2000000000000000002", "bob"));
        var messageId = (await Within.AsyncUntil(() => bot.Api.MessagesContaining("Movie poll for"), ids => ids.Count == 1))[0];
        var menu = await Within.AsyncUntil(() => bot.Api.SelectMenu(messageId), m => m?["options"]?.AsArray().Count == 2);
        var id = menu!["custom_id"]!.GetValue<string>();
        var session = id.Split(':')[^1];
        IReadOnlyList<JsonObject> seeds =
        [
            bot.Api.Choose(messageId, "2", "2000000000000000003", "carol"),
            DiscordInteractions.Select(id, ["1"], "2000000000000000004", "dave"),
            DiscordInteractions.Select(id, []),
            DiscordInteractions.Select(id, ["abc"]),
            DiscordInteractions.Select(id, ["1", "2"]),
            DiscordInteractions.Select(id, ["999"]),
            DiscordInteractions.Select(id.Replace(session, "0123456789ab", StringComparison.Ordinal), ["1"]),
            DiscordInteractions.Select($"watch:vote:2:{session}", ["1"]),
            DiscordInteractions.Click(id),
        ];
        var tally = new int[2];

        await FuzzRun.RunAsync(InteractionFuzz.Cases(seeds.Count), FuzzRun.Seed(20261201), Cases, parallel: 4, async c =>
        {
            using var response = await bot.Sender.SendBytesAsync(InteractionFuzz.Bytes(seeds, c, invalidUtf8: true));
            var status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 500, $"HTTP {status}");
            Interlocked.Increment(ref tally[status < 300 ? 0 : 1]);
        }, c => InteractionFuzz.Describe(InteractionFuzz.Bytes(seeds, c, invalidUtf8: true)));

        Assert.True(tally[0] >= 100, $"accepted {tally[0]}, refused {tally[1]}");
        var (code, answer) = await bot.SendAsync(bot.Api.Choose(messageId, "1", "2000000000000000099", "zed"));
        Assert.Equal(200, code);
        Assert.Contains("You voted for number 1", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Status == 400);
        InteractionFuzz.AssertNoErrors(logs);
    }
}
