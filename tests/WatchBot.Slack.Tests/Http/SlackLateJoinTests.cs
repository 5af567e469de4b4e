using System.Net;
using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// Joining late on Slack, through the real host and the Web API emulator: typed or pressed on the
/// card, the personal countdown reaches only the person (the command's ephemeral answer, or
/// chat.postEphemeral for a button), and nothing of it is posted to the channel.
/// </summary>
public sealed class SlackLateJoinTests
{
    [Fact]
    public async Task TypedJoinAndCheck_AreEphemeral_WithASlackDate()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        await bot.CommandAsync("start title:Alien in:3s");
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && (x.Text ?? "").Contains("GO!", StringComparison.Ordinal)));

        var join = await AnswerAsync(await bot.CommandAsync("join", user: "UBOB"));
        var check = await AnswerAsync(await bot.CommandAsync("sync check at:1:00:00", user: "UBOB"));
        var bad = await AnswerAsync(await bot.CommandAsync("check at:whenever", user: "UBOB"));
        await PauseAndWaitAsync(bot);

        Assert.Equal("ephemeral", (string?)join["response_type"]);
        Assert.Matches(@"^▶ Joining “Alien”: seek to .+, then press play at <!date\^\d+\^", (string)join["text"]!);
        Assert.Equal("ephemeral", (string?)check["response_type"]);
        Assert.Contains("ahead of everyone's", (string)check["text"]!, StringComparison.Ordinal);
        Assert.Contains("/watch check at", (string)bad["text"]!, StringComparison.Ordinal);
        NothingOfItInTheChannel(bot);
    }

    [Fact]
    public async Task TheCardsJoiningLateButton_AnswersOnlyThePresser()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        await bot.CommandAsync("start title:Alien in:3s");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(HasJoinButton));
        var button = calls.Last(HasJoinButton).Body["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .Single(b => ((string)b["action_id"]!).StartsWith("watch:join:", StringComparison.Ordinal));

        var pressed = await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UBOB", (string)button["action_id"]!, (string)button["value"]!);

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var after = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == "UBOB"));
        var answer = after.Single(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == "UBOB");
        Assert.Contains("press play at <!date^", answer.Text!, StringComparison.Ordinal);
        await PauseAndWaitAsync(bot);
        NothingOfItInTheChannel(bot);
    }

    // The channel's queue keeps order: once the pause is shown, anything queued before it was sent.
    private static async Task PauseAndWaitAsync(SlackHttpHost bot)
    {
        await bot.CommandAsync("pause");
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && (x.Text ?? "").Contains("Paused at", StringComparison.Ordinal)));
    }

    private static void NothingOfItInTheChannel(SlackHttpHost bot) =>
        Assert.DoesNotContain(bot.Slack.Calls.Where(IsChannelMessage), c => c.Body.ToJsonString().Contains("seek to", StringComparison.Ordinal));

    private static async Task<JsonNode> AnswerAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    // A post or edit in the channel (the GO, the card's redraws); an ephemeral is not one.
    private static bool IsChannelMessage(SlackApiCall call) => call.Method is "chat.postMessage" or "chat.update" or "chat.scheduleMessage";

    private static bool HasJoinButton(SlackApiCall call) => (call.Body["blocks"]?.ToJsonString() ?? "").Contains("watch:join:", StringComparison.Ordinal);
}
