using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// Joining late on Discord, over the HTTP transport with the real host: <c>/watch sync join</c>,
/// <c>/watch sync check</c> (as Discord sends them: a group holding the sub-command) and the card's
/// Joining late button are answered ephemerally (flags 64) with a Discord timestamp, and nothing of
/// them is written to the channel.
/// </summary>
public sealed class LateJoinTests : IAsyncLifetime
{
    private const string Bob = "2000000000000000002";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task SyncJoinAndSyncCheck_AreEphemeral_WithADiscordTimestamp()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Alien", ["in"] = "1s" }));
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("GO!", StringComparison.Ordinal));

        var join = await EphemeralAsync(Sync("join"));
        var check = await EphemeralAsync(Sync("check", ("at", "1:00:00")));
        var bad = await EphemeralAsync(Sync("check", ("at", "whenever")));

        Assert.Matches(@"^▶ Joining \*\*Alien\*\*: seek to \d:\d\d:\d\d, then press play at <t:\d+:T> \(in [56] s\)\.", join);
        Assert.Contains("ahead of everyone's", check, StringComparison.Ordinal);
        Assert.Contains("/watch sync check at:1:02:03", bad, StringComparison.Ordinal);
        await PauseAndWaitAsync();
        NothingOfItInTheChannel();
    }

    [Fact]
    public async Task TheCardsJoiningLateButton_AnswersOnlyThePresser()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Alien", ["in"] = "1s" }));
        var card = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
        var joinId = (card.Json!["components"] as JsonArray ?? [])
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())
            .Single(id => id.StartsWith("watch:join:", StringComparison.Ordinal));

        var answer = await EphemeralAsync(DiscordInteractions.Click(joinId, userId: Bob, name: "bob"));

        Assert.Matches(@"press play at <t:\d+:T>", answer);
        await PauseAndWaitAsync();
        NothingOfItInTheChannel();
    }

    private async Task<string> EphemeralAsync(JsonObject interaction)
    {
        var (status, answer) = await _bot.SendAsync(interaction);
        Assert.Equal(200, status);
        Assert.Equal(4, answer!["type"]!.GetValue<int>());
        Assert.Equal(64, answer["data"]!["flags"]!.GetValue<int>());
        return DiscordHttpHarness.Content(answer);
    }

    // The channel's queue keeps order: once the pause is shown, anything queued before it was sent.
    private async Task PauseAndWaitAsync()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("pause"));
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("Paused at", StringComparison.Ordinal));
    }

    private void NothingOfItInTheChannel() =>
        Assert.DoesNotContain(_bot.Api.Calls.Where(c => c.IsMessageWrite), c => c.Content.Contains("seek to", StringComparison.Ordinal));

    /// <summary>As Discord sends <c>/watch sync &lt;sub&gt;</c>: a group (2) holding the sub-command (1), from bob.</summary>
    private static JsonObject Sync(string sub, params (string Name, string Value)[] options)
    {
        var data = new JsonObject
        {
            ["id"] = "3000000000000000001",
            ["name"] = "watch",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 2,
                ["name"] = "sync",
                ["options"] = new JsonArray(new JsonObject
                {
                    ["type"] = 1,
                    ["name"] = sub,
                    ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["type"] = 3, ["name"] = o.Name, ["value"] = o.Value })]),
                }),
            }),
        };
        return DiscordInteractions.Interaction(2, data, Bob, "bob", DiscordInteractions.PlainPermissions, DiscordInteractions.GuildId, DiscordInteractions.ChannelId);
    }
}
