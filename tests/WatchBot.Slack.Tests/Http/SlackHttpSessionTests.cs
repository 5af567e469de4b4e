using System.Net;
using System.Text.Json.Nodes;
using WatchBot.Emulators;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Tests.Support;

namespace WatchBot.Slack.Tests.Http;

/// <summary>Whole sessions over the HTTP transport: the real host, signed requests, the emulated Web API.</summary>
public sealed class SlackHttpSessionTests
{
    [Fact]
    public async Task StartedSession_RunsToGo_Pauses_Resumes_AndEnds()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var started = await bot.CommandAsync("start title:\"The Matrix\" in:3s");
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("The Matrix", StringComparison.Ordinal) == true));
        var sessionId = bot.SessionId();
        await bot.Slack.WaitForAsync(c => c.Any(IsGo));

        var pause = await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, "UALICE", "watch_pause", sessionId);
        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.update" && x.Text?.Contains("is paused", StringComparison.Ordinal) == true));

        await bot.CommandAsync("resume in:3s");
        await bot.Slack.WaitForAsync(c => c.Count(IsGo) == 2);

        var ended = await bot.CommandAsync("end");
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        // The recap notifies, so it goes before the card's last edit: wait for both.
        var calls = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("ended", StringComparison.Ordinal) == true)
            && c.Any(x => x.Method == "chat.update" && x.Text?.Contains("has ended", StringComparison.Ordinal) == true));

        Assert.All(calls, c => Assert.Equal(200, c.Status));
        Assert.All(calls.Where(c => c.Method.StartsWith("chat.", StringComparison.Ordinal)), c => Assert.Equal("xoxb-test", c.Token));
        var lastUpdate = calls.Last(c => c.Method == "chat.update");
        Assert.DoesNotContain("watch:pause:", lastUpdate.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleWithChannelMentions_PingsNoOne()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        await bot.CommandAsync("start title:\"<!channel> <!here> <!everyone> <@U0BOSS>\" in:3s");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage"));

        // Decoded string values: the JSON on the wire escapes '<' as \u003C, which would hide a ping from a raw search.
        var sent = string.Join("\n", calls.SelectMany(c => Strings(c.Body)));
        foreach (var ping in new[] { "<!channel>", "<!here>", "<!everyone>", "<@U0BOSS>" })
        {
            Assert.DoesNotContain(ping, sent, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;!channel&gt;", sent, StringComparison.Ordinal);
        Assert.All(calls, c => Assert.False(c.Body.ContainsKey("link_names")));
    }

    [Fact]
    public async Task BotNotInTheChannel_TellsTheUserToInviteIt_AndKeepsTheSession()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        bot.Slack.FailChannel(SlackHttpHost.Channel, "not_in_channel");

        await bot.CommandAsync("start title:Alien in:10s", responseUrl: bot.Slack.ResponseUrl("r1"));
        await WaitUntilAsync(() => bot.Slack.ResponseUrlPosts.Count > 0);
        var status = await ReplyTextAsync(await bot.CommandAsync("status"));

        var note = bot.Slack.ResponseUrlPosts.Single();
        Assert.Equal("ephemeral", (string?)note["response_type"]);
        Assert.Contains("/invite @WatchBot", (string?)note["text"], StringComparison.Ordinal);
        Assert.Contains("Alien", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModeratorCommands_AreForModeratorsOnly()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var refused = await ReplyTextAsync(await bot.CommandAsync("mod add user:<@U0BOB|bob>", user: "UALICE"));
        var added = await ReplyTextAsync(await bot.CommandAsync("mod add user:<@U0BOB|bob>", user: SlackHttpHost.Moderator));
        var listedByBob = await ReplyTextAsync(await bot.CommandAsync("mod list", user: "U0BOB"));
        var removed = await ReplyTextAsync(await bot.CommandAsync("mod remove <@U0BOB>", user: SlackHttpHost.Moderator));
        var refusedAgain = await ReplyTextAsync(await bot.CommandAsync("mod list", user: "U0BOB"));

        Assert.Contains("only a moderator", refused, StringComparison.Ordinal);
        Assert.Contains("now a moderator", added, StringComparison.Ordinal);
        Assert.Contains("U0BOB", listedByBob, StringComparison.Ordinal);
        Assert.Contains("no longer", removed, StringComparison.Ordinal);
        Assert.Contains("only a moderator", refusedAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IsAnsweredInlineAndEphemeral()
    {
        await using var bot = await SlackHttpHost.StartAsync();

        var response = await bot.CommandAsync("help");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("ephemeral", (string?)body["response_type"]);
        Assert.Contains("/watch start", (string?)body["text"], StringComparison.Ordinal);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    internal static async Task<string> ReplyTextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? "" : (string?)JsonNode.Parse(text)!["text"] ?? "";
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = TimeProvider.System.GetUtcNow() + EmulatorAssembly.Patience;
        while (!condition() && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }

        Assert.True(condition(), $"condition not met within {EmulatorAssembly.Patience}");
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    private static bool IsGo(SlackApiCall call) =>
        call.Method == "chat.postMessage" && call.Text?.Contains("GO!", StringComparison.Ordinal) == true;
}
