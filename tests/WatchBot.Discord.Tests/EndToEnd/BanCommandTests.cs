using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// <c>/watch ban</c> through the signed HTTP endpoint, shaped as Discord sends a sub-command with a
/// USER option and the member resolved (its channel permissions say whether the target moderates):
/// a banned member's command and button are refused ephemerally and nothing of theirs is posted.
/// </summary>
public sealed class BanCommandTests : IAsyncLifetime
{
    private const string Alice = "2000000000000000001";
    private const string Manager = "2000000000000000007";
    private const string Carol = "2000000000000000008";
    private const string Bob = "2000000000000000009";
    private const string ManageGuild = "32";
    private const string Administrator = "8";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task ABannedMember_IsRefusedEphemerally_ForACommandAndAButton_AndNothingIsPosted()
    {
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["title"] = "Heat", ["in"] = "1s" }));
        var card = await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("<t:", StringComparison.Ordinal));
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Method == "POST" && c.Content.Contains("GO!", StringComparison.Ordinal));
        var pauseId = CustomIds(card).First(id => id.StartsWith("watch:pause:", StringComparison.Ordinal));

        var banned = await BanAsync(Bob, by: Manager, permissions: ManageGuild, duration: "7d");
        var (_, react) = await _bot.SendAsync(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = "🎉" }, userId: Bob, name: "bob"));
        var (_, click) = await _bot.SendAsync(DiscordInteractions.Click(pauseId, userId: Bob, name: "bob"));

        // The control: alice's reaction reaches the card, so Bob's would have by now.
        await _bot.SendAsync(DiscordInteractions.Watch("react", new Dictionary<string, string> { ["emoji"] = "🍿" }));
        await _bot.WaitForCallAsync(c => c.IsMessageWrite && c.Content.Contains("🍿", StringComparison.Ordinal));

        Assert.Contains($"`{Bob}` can't use WatchBot here until <t:", banned, StringComparison.Ordinal);
        Assert.StartsWith("You can't use WatchBot here until <t:", DiscordHttpHarness.Content(react), StringComparison.Ordinal);
        Assert.StartsWith("You can't use WatchBot here until <t:", DiscordHttpHarness.Content(click), StringComparison.Ordinal);
        var writes = _bot.Api.Calls.Where(c => c.IsMessageWrite).ToList();
        Assert.DoesNotContain(writes, c => c.Content.Contains("🎉", StringComparison.Ordinal));
        Assert.DoesNotContain(writes, c => c.Content.Contains("paused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AManagerCannotBanAManager_AnAdministratorCan_NobodyThemselves()
    {
        var byManager = await BanAsync(Carol, by: Manager, permissions: ManageGuild, targetPermissions: ManageGuild);
        var self = await BanAsync(Manager, by: Manager, permissions: ManageGuild, targetPermissions: ManageGuild);
        var byMember = await BanAsync(Bob, by: Alice, permissions: DiscordInteractions.PlainPermissions);
        var byAdministrator = await BanAsync(Carol, by: Alice, permissions: Administrator, targetPermissions: ManageGuild);
        var (_, carolTries) = await _bot.SendAsync(DiscordInteractions.Watch("status", userId: Carol, name: "carol", permissions: ManageGuild));

        Assert.Contains("only an administrator", byManager, StringComparison.Ordinal);
        Assert.Contains("yourself", self, StringComparison.Ordinal);
        Assert.Contains("only a moderator", byMember, StringComparison.Ordinal);
        Assert.Contains("until a moderator lifts it", byAdministrator, StringComparison.Ordinal);
        Assert.Equal("You can't use WatchBot here until a moderator lifts your ban.", DiscordHttpHarness.Content(carolTries));
    }

    private async Task<string> BanAsync(string target, string by, string permissions, string? targetPermissions = null, string? duration = null)
    {
        var options = new JsonArray(new JsonObject { ["type"] = 6, ["name"] = "user", ["value"] = target });
        if (duration is not null)
        {
            options.Add(new JsonObject { ["type"] = 3, ["name"] = "duration", ["value"] = duration });
        }

        var data = new JsonObject
        {
            ["id"] = "3000000000000000001",
            ["name"] = "watch",
            ["type"] = 1,
            // As Discord sends it: /watch mod ban (the moderator tools sit under the mod group there).
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 2,
                ["name"] = "mod",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = "ban", ["options"] = options }),
            }),
            ["resolved"] = new JsonObject
            {
                ["users"] = new JsonObject { [target] = new JsonObject { ["id"] = target, ["username"] = "someone", ["discriminator"] = "0" } },
                ["members"] = new JsonObject
                {
                    [target] = new JsonObject { ["roles"] = new JsonArray(), ["permissions"] = targetPermissions ?? DiscordInteractions.PlainPermissions },
                },
            },
        };
        var (status, answer) = await _bot.SendAsync(DiscordInteractions.Interaction(2, data, by, "someone", permissions, DiscordInteractions.GuildId, DiscordInteractions.ChannelId));
        Assert.Equal(200, status);
        Assert.Empty(answer!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        return DiscordHttpHarness.Content(answer);
    }

    private static List<string> CustomIds(DiscordApiCall call) =>
        [.. call.Json!["components"]!.AsArray()
            .SelectMany(r => r!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>())];
}
