using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using WatchBot.Slack.Inbound;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Polls;

/// <summary>
/// Voting in the poll message's <c>static_select</c> on Slack, on the real host with the emulator: the
/// emulator checks the blocks the bot sends as Slack would, keeps them, and sends the block_actions of a
/// pick as Slack does. A pick is the typed vote, answered ephemerally; the poll message is updated in place.
/// </summary>
public sealed class SlackPollMenuTests
{
    private const string Team = SlackHttpHost.Team;
    private const string Channel = SlackHttpHost.Channel;

    [Fact]
    public async Task PickingInTheMenu_Votes_ChangesTheVote_UpdatesThePollMessage_AndTheWinnerIsTheTitle()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        var ts = await OpenWithThreeTitlesAsync(bot);
        var menu = bot.Slack.StaticSelect(Channel, ts)!;
        Assert.Equal(["1. Heat", "2. Ronin", "3. Alien"], menu["options"]!.AsArray().Select(o => o!["text"]!["text"]!.GetValue<string>()));

        await PickAsync(bot, ts, "UBOB", "2");
        await Answered(bot, "UBOB", "You voted for number 2, “Ronin”");
        await bot.Slack.WaitForAsync(_ => Description(bot, ts, "2")?.StartsWith("1 vote", StringComparison.Ordinal) == true);

        await PickAsync(bot, ts, "UBOB", "3");
        await Answered(bot, "UBOB", "You changed your vote to number 3, “Alien”");
        await PickAsync(bot, ts, "UCAROL", "3");
        await bot.Slack.WaitForAsync(_ => Description(bot, ts, "3")?.StartsWith("2 votes", StringComparison.Ordinal) == true && Description(bot, ts, "2")!.StartsWith("0 votes", StringComparison.Ordinal));

        // Clearing the menu changes nothing, politely.
        await PickAsync(bot, ts, "UBOB", null);
        await Answered(bot, "UBOB", "Nothing is picked now");

        await bot.CommandAsync("poll close");
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("“Alien” won with 2 votes", StringComparison.Ordinal) == true));
        await bot.Slack.WaitForAsync(_ => bot.Slack.StaticSelect(Channel, ts) is null);

        // One poll message, updated in place; every update the emulator took (blocks Slack accepts).
        Assert.Single(bot.Slack.CallsOf("chat.postMessage"), c => c.Text?.Contains("Movie poll for", StringComparison.Ordinal) == true);
        Assert.All(bot.Slack.CallsOf("chat.update").Where(c => c.Text?.Contains("Movie poll for", StringComparison.Ordinal) == true), c => Assert.Equal(ts, (string?)c.Body["ts"]));
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Error == "invalid_blocks");
    }

    [Theory]
    [InlineData("9", "There is no number 9")]
    [InlineData("abc", "/watch vote needs n:")]
    public async Task APickOfAValueTheMenuNeverOffered_GetsAPoliteAnswer(string value, string expected)
    {
        await using var bot = await SlackHttpHost.StartAsync();
        var ts = await OpenWithThreeTitlesAsync(bot);
        var payload = bot.Slack.PickPayload(Team, Channel, ts, "UBOB", "1");
        payload["actions"]![0]!["selected_option"]!["value"] = value;

        using var response = await bot.Sender.InteractionAsync(payload.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Answered(bot, "UBOB", expected);
        Assert.All(bot.Slack.StaticSelect(Channel, ts)!["options"]!.AsArray(), o => Assert.StartsWith("0 votes", o!["description"]!["text"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void SlacksOwnStaticSelectPayload_ReadsAsAPick_OnceItComesFromAMessage()
    {
        // The real wire sample (a pick in a modal): moved into a message, as our poll's menu is, it reads as a pick of its option.
        var envelope = JsonNode.Parse(Fixtures.Read("slack_socket_mode_envelope_interactive_block_actions_static_select_modal_large_minified.json"))!;
        var payload = envelope["payload"]!.AsObject();
        payload["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000100", ["channel_id"] = "C0MOVIES" };
        payload["channel"] = new JsonObject { ["id"] = "C0MOVIES", ["name"] = "movies" };

        var pick = BlockAction.FromJson(JsonDocument.Parse(payload.ToJsonString()).RootElement)!;

        Assert.True(pick.IsPick);
        Assert.Equal(new string('a', 75), pick.Picked);
        Assert.Equal(pick.Picked, pick.Value);

        payload["actions"]![0]!["selected_option"] = null;
        var cleared = BlockAction.FromJson(JsonDocument.Parse(payload.ToJsonString()).RootElement)!;
        Assert.True(cleared.IsPick);
        Assert.Null(cleared.Picked);
    }

    /// <summary>Books a night, opens its poll, has three people nominate; returns the poll message's ts once its menu offers all three.</summary>
    private static async Task<string> OpenWithThreeTitlesAsync(SlackHttpHost bot)
    {
        await bot.CommandAsync("schedule title:\"Movie night\" at:\"in 3h\"");
        await bot.CommandAsync("poll open closes:\"in 1h\"");
        await bot.CommandAsync("nominate title:Heat");
        await bot.CommandAsync("nominate title:Ronin", "UBOB");
        await bot.CommandAsync("nominate title:Alien", "UCAROL");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Ok && x.Text?.Contains("Movie poll for", StringComparison.Ordinal) == true));
        var ts = calls.First(x => x.Method == "chat.postMessage" && x.Ok && x.Text!.Contains("Movie poll for", StringComparison.Ordinal)).Answer!["ts"]!.GetValue<string>();
        await bot.Slack.WaitForAsync(_ => bot.Slack.StaticSelect(Channel, ts)?["options"]?.AsArray().Count == 3);
        return ts;
    }

    private static async Task PickAsync(SlackHttpHost bot, string ts, string user, string? value)
    {
        using var response = await bot.Sender.InteractionAsync(bot.Slack.PickPayload(Team, Channel, ts, user, value).ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task Answered(SlackHttpHost bot, string user, string words) =>
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == user && x.Text?.Contains(words, StringComparison.Ordinal) == true));

    private static string? Description(SlackHttpHost bot, string ts, string value) =>
        bot.Slack.StaticSelect(Channel, ts)?["options"]?.AsArray().FirstOrDefault(o => o!["value"]!.GetValue<string>() == value)?["description"]?["text"]?.GetValue<string>();
}
