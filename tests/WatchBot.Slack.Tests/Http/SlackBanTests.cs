using System.Text.Json.Nodes;
using WatchBot.Emulators.Slack;
using WatchBot.Slack.Tests.Support;
using static WatchBot.Slack.Tests.Http.SlackHttpSessionTests;

namespace WatchBot.Slack.Tests.Http;

/// <summary>
/// <c>/watch ban</c> on Slack: a banned person's command and button click are refused to them alone
/// (ephemeral answer, <c>chat.postEphemeral</c>), and nothing of theirs reaches the channel.
/// </summary>
public sealed class SlackBanTests
{
    private const string Bob = "U0BOB";

    [Fact]
    public async Task ABannedMember_IsRefusedPrivately_ForACommandAndAButton_AndChangesNothing()
    {
        await using var bot = await SlackHttpHost.StartAsync();
        await bot.CommandAsync("start title:Heat in:3s");
        await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postMessage" && x.Text?.Contains("GO!", StringComparison.Ordinal) == true));
        var sessionId = bot.SessionId();

        var banned = await ReplyTextAsync(await bot.CommandAsync($"ban user:<@{Bob}|bob> duration:7d reason:spoilers", user: SlackHttpHost.Moderator));
        var react = await bot.CommandAsync("react emoji:🎉", user: Bob);
        var reactBody = JsonNode.Parse(await react.Content.ReadAsStringAsync())!;
        await bot.Sender.ClickAsync(SlackHttpHost.Team, SlackHttpHost.Channel, Bob, "watch_pause", sessionId);
        var refusedClick = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method == "chat.postEphemeral" && (string?)x.Body["user"] == Bob));

        // The control: alice's reaction reaches the card, so Bob's would have by now.
        await bot.CommandAsync("react emoji:🍿");
        var calls = await bot.Slack.WaitForAsync(c => c.Any(x => x.Method is "chat.postMessage" or "chat.update" && Sent(x).Contains("🍿", StringComparison.Ordinal)));

        Assert.Contains($"`{Bob}` can't use WatchBot here until <!date^", banned, StringComparison.Ordinal);
        Assert.Equal("ephemeral", (string?)reactBody["response_type"]);
        Assert.StartsWith("You can't use WatchBot here until <!date^", (string?)reactBody["text"], StringComparison.Ordinal);
        Assert.StartsWith("You can't use WatchBot here until", refusedClick.Last(x => x.Method == "chat.postEphemeral").Text, StringComparison.Ordinal);
        var channel = calls.Where(c => c.Method is "chat.postMessage" or "chat.update").ToList();
        Assert.DoesNotContain(channel, c => Sent(c).Contains("🎉", StringComparison.Ordinal));
        Assert.DoesNotContain(channel, c => Sent(c).Contains("paused", StringComparison.Ordinal));
        Assert.DoesNotContain(channel, c => Sent(c).Contains("spoilers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AModeratorCannotBanAnotherConfiguredModerator_NorThemselves()
    {
        await using var bot = await SlackHttpHost.StartAsync("--Slack:Moderators:1=UMOD2");

        var other = await ReplyTextAsync(await bot.CommandAsync("ban user:<@UMOD2|m2>", user: SlackHttpHost.Moderator));
        var self = await ReplyTextAsync(await bot.CommandAsync($"ban user:<@{SlackHttpHost.Moderator}|me>", user: SlackHttpHost.Moderator));
        var member = await ReplyTextAsync(await bot.CommandAsync($"ban user:<@{Bob}|bob>"));

        Assert.Contains("only an administrator", other, StringComparison.Ordinal);
        Assert.Contains("yourself", self, StringComparison.Ordinal);
        Assert.Contains("only a moderator", member, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredAdministrator_BansAModerator_WhoIsThenRefused()
    {
        await using var bot = await SlackHttpHost.StartAsync("--Moderation:Administrators:0=slack:UROOT");

        var banned = await ReplyTextAsync(await bot.CommandAsync($"ban user:<@{SlackHttpHost.Moderator}|mod>", user: "UROOT"));
        var refused = await ReplyTextAsync(await bot.CommandAsync("mod list", user: SlackHttpHost.Moderator));
        var lifted = await ReplyTextAsync(await bot.CommandAsync($"unban user:<@{SlackHttpHost.Moderator}|mod>", user: "UROOT"));
        var back = await ReplyTextAsync(await bot.CommandAsync("mod list", user: SlackHttpHost.Moderator));

        Assert.Contains("until a moderator lifts it", banned, StringComparison.Ordinal);
        Assert.Contains("You can't use WatchBot here until a moderator lifts your ban.", refused, StringComparison.Ordinal);
        Assert.Contains("may use WatchBot here again", lifted, StringComparison.Ordinal);
        Assert.Contains("Moderators here", back, StringComparison.Ordinal);
    }

    // Every string value decoded: the JSON on the wire escapes emoji, which would hide them from a raw search.
    private static string Sent(SlackApiCall call) => string.Join("\n", Strings(call.Body));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
