using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.Answers;

/// <summary>
/// <c>/watch start</c> answers with the public session card itself (issue 13): no REST post, edits
/// through the interaction webhook while its token lives, through the channel route after 15 minutes
/// or a restart, always the same message.
/// </summary>
public sealed class CardAnswerTests
{
    [Fact]
    public async Task Start_AnswersWithTheCard_EditedThroughTheWebhook_ThenThroughTheChannelAfter15Minutes()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var start = DiscordInteractions.Watch("start", Options(("title", "The Matrix"), ("in", "10m")));

        var answer = await bot.SendAsync(start);

        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Null(answer["data"]!["flags"]);
        Assert.Contains("The Matrix", Content(answer), StringComparison.Ordinal);
        Assert.Contains("<t:", Content(answer), StringComparison.Ordinal);
        ViewPayloadTests.AssertSafe(answer["data"]!);
        var messageId = await bot.WaitForCardSlotAsync(start, answer);

        var pause = CustomIds(answer).Single(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));
        Assert.Equal(64, (await bot.SendAsync(DiscordInteractions.Click(pause)))["data"]!["flags"]!.GetValue<int>());
        var viaWebhook = await bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Content.Contains("is paused at", StringComparison.Ordinal));
        Assert.Contains(Token(start), viaWebhook.Path, StringComparison.Ordinal);
        ViewPayloadTests.AssertSafe(viaWebhook.Json!);

        // 15 minutes on: the token is dead, the same message is edited through the channel route.
        bot.Clock.Advance(TimeSpan.FromMinutes(15));
        await bot.SendAsync(DiscordInteractions.Click(pause.Replace("watch:pause:", "watch:resume:", StringComparison.Ordinal)));
        var viaChannel = await bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "PATCH");
        Assert.Equal($"/channels/{DiscordInteractions.ChannelId}/messages/{messageId}", viaChannel.Path);
        Assert.Contains("The Matrix", viaChannel.Content, StringComparison.Ordinal);
        ViewPayloadTests.AssertSafe(viaChannel.Json!);

        // The card was never posted through REST, and no expired token was tried.
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.Calls, c => c.Status == 401);
        Assert.Equal(0, bot.Api.RateLimitedCount);
    }

    [Fact]
    public async Task AfterARestart_TheSameCardIsEditedThroughTheChannel()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var start = DiscordInteractions.Watch("start", Options(("title", "Alien"), ("in", "10m")));
        var answer = await bot.SendAsync(start);
        var pause = CustomIds(answer).Single(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));

        // The card's slot holds the answer's message once the kit took it; a restart keeps that, not the token.
        var messageId = await bot.WaitForCardSlotAsync(start, answer);
        await bot.RestartAsync();
        await bot.SendAsync(DiscordInteractions.Click(pause));

        var edit = await bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("is paused at", StringComparison.Ordinal));
        Assert.Equal($"/channels/{DiscordInteractions.ChannelId}/messages/{messageId}", edit.Path);
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusedStart_StaysPrivate()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        await bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", "Alien"), ("in", "10m"))));

        var refused = await bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")), userId: "2000000000000000002", name: "bob"));

        Assert.Equal(64, refused["data"]!["flags"]!.GetValue<int>());
        Assert.DoesNotContain("Heat", Content(refused), StringComparison.Ordinal);
        Assert.Single(bot.Api.PublicAnswers);
    }

    [Fact]
    public async Task Schedule_AnswersWithTheCard_AndItIsNotPostedAgain()
    {
        await using var bot = await CardAnswerHost.StartAsync();
        var schedule = DiscordInteractions.Watch("schedule", Options(("title", "Dune"), ("at", "in 2h")));

        var answer = await bot.SendAsync(schedule);

        Assert.Null(answer["data"]!["flags"]);
        Assert.Contains("Dune", Content(answer), StringComparison.Ordinal);
        var going = CustomIds(answer).First(id => id.StartsWith("watch:rsvp:going:", StringComparison.Ordinal));
        await bot.SendAsync(DiscordInteractions.Click(going, "2000000000000000002", "bob"));
        var edit = await bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Content.Contains("Dune", StringComparison.Ordinal));
        Assert.Contains(Token(schedule), edit.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("Dune", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverTheGateway_TheCallbackNamesTheMessage_AndNoLookupIsNeeded()
    {
        await using var bot = await CardAnswerHost.StartAsync(gateway: true);
        var start = DiscordInteractions.Watch("start", Options(("title", "Heat"), ("in", "10m")));

        await bot.DispatchAsync(start);
        var answered = await Within.AsyncUntil(() => bot.Api.InteractionOf(Token(start)), a => a is { MessageId: not null });
        Assert.Contains("Heat", answered!.FirstBody!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var pause = CustomIds(new JsonObject { ["data"] = answered.FirstBody.DeepClone() }).Single(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));

        await bot.DispatchAsync(DiscordInteractions.Click(pause));

        var edit = await bot.WaitForCallAsync(c => c.IsOriginalEdit && c.Content.Contains("is paused at", StringComparison.Ordinal));
        Assert.Contains(Token(start), edit.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method == "GET" && c.Path.EndsWith("/@original", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Api.Calls, c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
    }

    internal static Dictionary<string, string> Options(params (string Name, string Value)[] options) =>
        options.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal);

    internal static string Token(JsonObject interaction) => interaction["token"]!.GetValue<string>();

    internal static string Content(JsonObject answer) => answer["data"]!["content"]!.GetValue<string>();

    internal static List<string> CustomIds(JsonObject answer) =>
        [.. answer["data"]!["components"]!.AsArray()
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())];
}
