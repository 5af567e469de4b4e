using System.Text.Json.Nodes;
using WatchBot.Discord.Tests.Support;
using WatchBot.Emulators.Discord;

namespace WatchBot.Discord.Tests.EndToEnd;

/// <summary>
/// <c>/watch mod add|remove|list</c> through the signed HTTP endpoint, shaped as Discord sends a
/// sub-command group with a USER option: moderators only, private answers that mention no one, and
/// permission or role moderators kept out of the command's reach.
/// </summary>
public sealed class ModCommandTests : IAsyncLifetime
{
    private const string ModRole = "4000000000000000001";
    private const string Manager = "2000000000000000007";
    private const string Bob = "2000000000000000009";
    private const string Carol = "2000000000000000008";
    private const string ManageGuild = "32";

    private DiscordHttpHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await DiscordHttpHarness.StartAsync($"--Discord:ModeratorRoleIds:0={ModRole}");

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AManager_AddsBob_WhoMayThenPause_ListAndRemove()
    {
        var refused = await ModAsync("add", Bob, by: Carol);
        var added = await ModAsync("add", Bob, by: Manager, permissions: ManageGuild);
        await _bot.SendAsync(DiscordInteractions.Watch("start", new Dictionary<string, string> { ["in"] = "10s" }));
        var (_, pause) = await _bot.SendAsync(DiscordInteractions.Watch("pause", userId: Bob, name: "bob"));
        var listed = await ModAsync("list", null, by: Bob);
        var removed = await ModAsync("remove", Bob, by: Bob);
        var refusedNow = await ModAsync("list", null, by: Bob);

        Assert.Contains("only a moderator", refused, StringComparison.Ordinal);
        Assert.Contains("Manage Server", refused, StringComparison.Ordinal);
        Assert.Contains($"`{Bob}` is now a moderator", added, StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", DiscordHttpHarness.Content(pause), StringComparison.Ordinal);
        Assert.Contains($"`{Bob}`", listed, StringComparison.Ordinal);
        Assert.Contains("no longer a moderator", removed, StringComparison.Ordinal);
        Assert.Contains("only a moderator", refusedNow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PermissionAndRoleModerators_CannotBeRemovedWithTheCommand()
    {
        var manager = await ModAsync("remove", Manager, by: Manager, permissions: ManageGuild, targetPermissions: ManageGuild);
        var withRole = await ModAsync("remove", Carol, by: Manager, permissions: ManageGuild, targetRoles: [ModRole]);
        var addAgain = await ModAsync("add", Carol, by: Manager, permissions: ManageGuild, targetRoles: [ModRole]);

        Assert.Contains("Manage Server or Manage Events permission", manager, StringComparison.Ordinal);
        Assert.Contains("change it there", manager, StringComparison.Ordinal);
        Assert.Contains("Discord:ModeratorRoleIds", withRole, StringComparison.Ordinal);
        Assert.Contains("already a moderator", addAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_AreEphemeral_AndMentionNoOne()
    {
        var expected = new[]
        {
            ("add", Bob, "is now a moderator"),
            ("list", null, "Moderators here —"),
            ("remove", Bob, "is no longer a moderator"),
            ("remove", Bob, "Nothing to do"),
        };
        foreach (var (verb, target, says) in expected)
        {
            var (_, answer) = await _bot.SendAsync(ModInteraction(verb, target, Manager, ManageGuild, null, null));

            var content = DiscordHttpHarness.Content(answer); // type 4, flags 64
            Assert.Contains(says, content, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", content, StringComparison.Ordinal);
            Assert.Empty(answer!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        }
    }

    [Fact]
    public async Task Help_ListsMod()
    {
        var (_, help) = await _bot.SendAsync(DiscordInteractions.Watch("help"));

        Assert.Contains("/watch mod add", DiscordHttpHarness.Content(help), StringComparison.Ordinal);
    }

    private async Task<string> ModAsync(string verb, string? target, string by, string permissions = DiscordInteractions.PlainPermissions,
        string? targetPermissions = null, IReadOnlyList<string>? targetRoles = null)
    {
        var (status, answer) = await _bot.SendAsync(ModInteraction(verb, target, by, permissions, targetPermissions, targetRoles));
        Assert.Equal(200, status);
        return DiscordHttpHarness.Content(answer);
    }

    /// <summary>As Discord sends <c>/watch mod &lt;verb&gt; user:@x</c>: a group (2) holding a sub-command (1) with a USER option (6), and the member resolved.</summary>
    private static JsonObject ModInteraction(string verb, string? target, string by, string permissions, string? targetPermissions, IReadOnlyList<string>? targetRoles)
    {
        var options = new JsonArray();
        var data = new JsonObject
        {
            ["id"] = "3000000000000000001",
            ["name"] = "watch",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 2,
                ["name"] = "mod",
                ["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = verb, ["options"] = options }),
            }),
        };
        if (target is not null)
        {
            options.Add(new JsonObject { ["type"] = 6, ["name"] = "user", ["value"] = target });
            data["resolved"] = new JsonObject
            {
                ["users"] = new JsonObject { [target] = new JsonObject { ["id"] = target, ["username"] = "someone", ["discriminator"] = "0" } },
                ["members"] = new JsonObject
                {
                    [target] = new JsonObject
                    {
                        ["roles"] = new JsonArray([.. (targetRoles ?? []).Select(r => (JsonNode)JsonValue.Create(r))]),
                        ["permissions"] = targetPermissions ?? DiscordInteractions.PlainPermissions,
                    },
                },
            };
        }

        return DiscordInteractions.Interaction(2, data, by, "someone", permissions, DiscordInteractions.GuildId, DiscordInteractions.ChannelId);
    }
}
