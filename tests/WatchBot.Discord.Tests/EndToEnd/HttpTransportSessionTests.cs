using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Rendering;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>Whole sessions over the HTTP transport, through the real host and the REST emulator.</summary>
public sealed class HttpTransportSessionTests : IAsyncLifetime
{
    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task WatchStart_RunsToGo_Pauses_Resumes_AndEnds()
    {
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", "The Matrix"), ("in", "1s"))));
        Assert.Equal(200, status);
        Assert.Contains("start", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);

        var sessionMessage = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
        Assert.Contains("The Matrix", sessionMessage.Content, StringComparison.Ordinal);
        var go = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("GO!", StringComparison.Ordinal));
        Assert.Equal(200, go.Status);

        var pauseId = CustomIds(sessionMessage).First(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));
        var (_, paused) = await _bot.SendAsync(DiscordInteractions.Click(pauseId));
        Assert.Equal(4, paused!["type"]!.GetValue<int>());
        await _bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("is paused at", StringComparison.Ordinal));

        await _bot.SendAsync(DiscordInteractions.Watch("resume", Options(("in", "1s"))));
        await _bot.WaitForCallAsync(c => c.Method == "PATCH" && c.Content.Contains("resumes from", StringComparison.Ordinal));
        await Within.AsyncUntil(() => _bot.Api.Calls.Count(c => c.Content.Contains("GO!", StringComparison.Ordinal)), n => n >= 2);

        var (endStatus, _) = await _bot.SendAsync(DiscordInteractions.Watch("end"));
        Assert.Equal(200, endStatus);
        await _bot.WaitForCallAsync(c => c.Method == "POST" && c.IsMessageWrite && c.Content.Contains("ended", StringComparison.Ordinal));

        Assert.All(_bot.Api.Calls.Where(c => c.IsMessageWrite), c => ViewPayloadTests.AssertSafe(c.Json!));
        Assert.Equal(0, _bot.Api.RateLimitedCount);
    }

    [Fact]
    public async Task TitleWithEveryoneAndALink_PingsNoOneAndLinksNothing()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", "@everyone see https://evil.example [x](https://evil.example) <@1>"), ("in", "1s"))));

        var created = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("<t:", StringComparison.Ordinal));
        var content = created.Json!["content"]!.GetValue<string>();

        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@1>", content, StringComparison.Ordinal);
        Assert.Empty(created.Json!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task ReactionButton_IsAcknowledgedEphemerally_AndShownInABatch()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("in", "1s"))));
        var sessionMessage = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("<t:", StringComparison.Ordinal));
        await _bot.WaitForCallAsync(c => c.Content.Contains("GO!", StringComparison.Ordinal));
        var laugh = CustomIds(sessionMessage).First(id => id.StartsWith("watch:react:0:", StringComparison.Ordinal));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => _bot.SendAsync(DiscordInteractions.Click(laugh, userId: $"20000000000000001{i:00}", name: $"fan{i}"))));

        Assert.All(answers, a => Assert.StartsWith("Noted: 😂 at", DiscordHttpHarness.Content(a.Answer), StringComparison.Ordinal));
        // Wait until all four are shown (not a fixed while), then count the messages they took.
        var batches = await Within.AsyncUntil(
            () => _bot.Api.Calls.Where(c => c.IsMessageWrite && c.Content.Contains("😂 at", StringComparison.Ordinal)).ToList(),
            shown => Enumerable.Range(0, 4).All(i => shown.Any(c => c.Content.Contains($"— fan{i}", StringComparison.Ordinal))));
        Assert.InRange(batches.Count, 1, 2);
        Assert.Equal(4, batches.Sum(c => c.Content.Split('\n').Count(l => l.Contains("😂 at", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("seek", "to", "banana", "Sorry")]
    [InlineData("start", "in", "forever", "Sorry")]
    [InlineData("dance", null, null, "I don't know")]
    public async Task BadInput_GetsAPoliteEphemeralAnswer(string sub, string? option, string? value, string expected)
    {
        var options = option is null ? null : Options((option, value!));

        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch(sub, options));

        Assert.Equal(200, status);
        Assert.Contains(expected, DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Api.Calls, c => c.IsMessageWrite);
    }

    [Fact]
    public async Task OversizedOption_GetsAPoliteAnswer()
    {
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", new string('x', 1500)))));

        Assert.Equal(200, status);
        Assert.StartsWith("Sorry", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideAGuild_IsPolitelyRefused()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Watch("start", guildId: null));

        Assert.Contains("server channels", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonOfAnEndedSession_ChangesNothing()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("in", "1s"))));
        var sessionMessage = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("<t:", StringComparison.Ordinal));
        await _bot.SendAsync(DiscordInteractions.Watch("end"));
        await _bot.WaitForCallAsync(c => c.Content.Contains("has ended", StringComparison.Ordinal));
        var pause = CustomIds(sessionMessage).First(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));

        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Click(pause));

        Assert.Contains("has ended", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownButton_GetsAPoliteAnswer()
    {
        var (_, answer) = await _bot.SendAsync(DiscordInteractions.Click("click_one"));

        Assert.Contains("don't know that button", DiscordHttpHarness.Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingPermission_TellsTheSenderWhichOne_AndTheSessionStays()
    {
        _bot.Api.Deny(DiscordInteractions.ChannelId, 50013);

        await _bot.SendAsync(DiscordInteractions.Watch("start", Options(("title", "Alien"), ("in", "5s"))));
        var note = await _bot.WaitForCallAsync(c => c.Path.StartsWith($"/webhooks/{DiscordInteractions.ApplicationId}/", StringComparison.Ordinal));
        var (_, status) = await _bot.SendAsync(DiscordInteractions.Watch("status"));

        Assert.Contains("Send Messages", note.Json!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(64, note.Json!["flags"]!.GetValue<int>());
        Assert.Contains("Alien", DiscordHttpHarness.Content(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_SuggestsReactions()
    {
        var data = new JsonObject
        {
            ["name"] = "watch",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = "react",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "emoji", ["value"] = "", ["focused"] = true }),
            }),
        };
        var interaction = DiscordInteractions.Interaction(4, data, "2000000000000000001", "alice", DiscordInteractions.PlainPermissions, DiscordInteractions.GuildId, DiscordInteractions.ChannelId);

        var (status, answer) = await _bot.SendAsync(interaction);

        Assert.Equal(200, status);
        Assert.Equal(8, answer!["type"]!.GetValue<int>());
        Assert.Equal(6, answer["data"]!["choices"]!.AsArray().Count);
    }

    private static Dictionary<string, string> Options(params (string Name, string Value)[] options) =>
        options.ToDictionary(o => o.Name, o => o.Value);

    private static List<string> CustomIds(DiscordApiCall call) =>
        [.. (call.Json!["components"] as JsonArray ?? [])
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())];
}
