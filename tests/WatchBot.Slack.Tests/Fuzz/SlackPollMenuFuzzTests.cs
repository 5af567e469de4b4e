using System.Text.Json.Nodes;
using WatchBot.Emulators.Fuzz;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Fuzz;

/// <summary>
/// Mutated block_actions from a live poll's static_select over real HTTP: picks, a cleared menu, numbers
/// that are no nomination, words, another session's menu, a button carrying the menu's id. Every answer
/// is 2xx or 4xx, nothing is logged as an error, Slack takes every message the bot sends, and afterwards
/// the menu still votes. Seeded: a failure names the seed and case to replay.
/// </summary>
public sealed class SlackPollMenuFuzzTests
{
    private const int Cases = 1_500;

    [Fact]
    public async Task MutatedMenuPicks_OnALivePoll_NeverGet5xx_AndTheMenuStillVotes()
    {
        var logs = new LogCapture();
        var tally = new int[2];
        await using var bot = await SlackHttpHost.StartAsync(SlackFuzz.CaptureLogs(logs));
        await bot.CommandAsync("schedule title:\"Fuzz night\" at:\"in 3h\"");
        await bot.CommandAsync("poll open");
        await bot.CommandAsync("nominate title:Heat");
        await bot.CommandAsync("nominate title:Ronin", "UBOB");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Ok && x.Text?.Contains("Movie poll for", StringComparison.Ordinal) == true));
        var ts = calls.First(x => x.Method == "chat.postMessage" && x.Ok && x.Text!.Contains("Movie poll for", StringComparison.Ordinal)).Answer!["ts"]!.GetValue<string>();
        await bot.Slack.WaitForAsync(_ => bot.Slack.StaticSelect(SlackHttpHost.Channel, ts)?["options"]?.AsArray().Count == 2);
        var id = bot.Slack.StaticSelect(SlackHttpHost.Channel, ts)!["action_id"]!.GetValue<string>();
        var words = bot.Slack.PickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, ts, "UDAVE", "1");
        words["actions"]![0]!["selected_option"]!["value"] = "abc";
        var stale = bot.Slack.PickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, ts, "UDAVE", "1");
        stale["actions"]![0]!["action_id"] = "watch:vote:0123456789ab";
        IReadOnlyList<JsonObject> seeds =
        [
            bot.Slack.PickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, ts, "UCAROL", "2"),
            bot.Slack.PickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, ts, "UDAVE", null),
            words,
            stale,
            bot.Sender.ClickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, "UERIN", id, "2"),
        ];

        await FuzzRun.RunAsync(SlackFuzz.JsonCases(seeds.Count), FuzzRun.Seed(20261202), Cases, parallel: 4, async c =>
        {
            using var response = await bot.Sender.PostAsync("slack/interactions", Body(seeds, c), "application/x-www-form-urlencoded");
            SlackFuzz.AssertAnswered(response, tally);
        }, c => SlackFuzz.Describe(Body(seeds, c)));

        Assert.True(tally[0] >= 100, $"accepted {tally[0]}, refused {tally[1]}");
        using var last = await bot.Sender.InteractionAsync(bot.Slack.PickPayload(SlackHttpHost.Team, SlackHttpHost.Channel, ts, "UZED", "1").ToJsonString());
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == "UZED" && x.Text?.Contains("You voted for number 1", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Error == "invalid_blocks");
        await SlackFuzz.AssertStillAnswersAsync(bot);
        SlackFuzz.AssertNoErrors(logs);
    }

    private static byte[] Body(IReadOnlyList<JsonObject> seeds, (int Seed, JsonMutation[] Mutations, int Spoil) c) =>
        System.Text.Encoding.UTF8.GetBytes("payload=" + FuzzBytes.PercentEncode(SlackFuzz.Json(seeds, c, invalidUtf8: true)));
}
