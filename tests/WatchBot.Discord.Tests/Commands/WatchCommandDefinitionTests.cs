using System.Text.RegularExpressions;
using WatchBot.Core.Grammar;
using WatchBot.Discord.Commands;

namespace WatchBot.Discord.Tests.Commands;

public sealed partial class WatchCommandDefinitionTests
{
    [Fact]
    public void OneWatchCommand_WithASubCommandPerCatalogEntry()
    {
        var command = Assert.Single(WatchCommandDefinition.Build())!;
        // Every sub-command is reachable: at the top, as a group with verbs, or inside a group (mod kick, me my-data).
        var reachable = new List<string>();
        foreach (var entry in command["options"]!.AsArray())
        {
            var name = entry!["name"]!.GetValue<string>();
            if (CommandCatalog.Find(name) is not null)
            {
                reachable.Add(name);
            }

            if (entry["type"]!.GetValue<int>() == 2)
            {
                reachable.AddRange(entry["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Where(n => CommandCatalog.Find(n)?.Under == name));
            }
        }

        Assert.Equal("watch", command["name"]!.GetValue<string>());
        Assert.Equal(CommandCatalog.All.Select(s => s.Name).Order(), reachable.Order());
        Assert.Equal(0, Assert.Single(command["contexts"]!.AsArray())!.GetValue<int>());
    }

    [Fact]
    public void Definition_MeetsDiscordsLimits()
    {
        var all = WatchCommandDefinition.Build();
        var command = all[0]!;

        // Discord: the names, descriptions and values of the command, its sub-commands, groups, options
        // and choices together are at most 8000 characters.
        Assert.InRange(DiscordCharacterCount(command), 1, 8000);

        // Discord: at most 25 sub-commands and groups under one command; more and the registration is refused.
        Assert.InRange(command["options"]!.AsArray().Count, 1, 25);
        foreach (var sub in command["options"]!.AsArray())
        {
            // Discord: top-level entries are sub-commands (1) or groups (2); a group holds only sub-commands.
            var type = sub!["type"]!.GetValue<int>();
            Assert.True(type is 1 or 2, $"type {type}");
            var leaves = type == 1 ? [sub] : sub["options"]!.AsArray().Select(o => o!).ToList();
            CheckNameAndDescription(sub);
            foreach (var leaf in leaves)
            {
                Assert.Equal(1, leaf["type"]!.GetValue<int>());
                CheckNameAndDescription(leaf);
                var options = leaf["options"]!.AsArray();
                Assert.True(options.Count <= 25);
                var required = options.Select(o => o!["required"]!.GetValue<bool>()).ToList();
                Assert.Equal(required.OrderByDescending(r => r), required); // required first
                foreach (var option in options)
                {
                    Assert.False(option!["type"]!.GetValue<int>() is 1 or 2);
                    CheckNameAndDescription(option);
                }
            }
        }
    }

    [Fact]
    public void Mod_IsAGroupOfAddRemoveWithAUserOption_AndList()
    {
        var mod = Sub("mod");

        Assert.Equal(2, mod["type"]!.GetValue<int>());
        var verbs = mod["options"]!.AsArray().ToDictionary(o => o!["name"]!.GetValue<string>(), o => o!);
        Assert.Equal(["add", "remove", "list"], verbs.Keys.Take(3));
        foreach (var verb in new[] { "add", "remove" })
        {
            var user = Assert.Single(verbs[verb]["options"]!.AsArray())!;
            Assert.Equal("user", user["name"]!.GetValue<string>());
            Assert.Equal(6, user["type"]!.GetValue<int>()); // USER: Discord offers a member picker and sends the id
            Assert.True(user["required"]!.GetValue<bool>());
        }

        Assert.Empty(verbs["list"]["options"]!.AsArray());
    }

    [Fact]
    public void Descriptions_NameNoDate()
    {
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", WatchCommandDefinition.Build().ToJsonString());
    }

    [Fact]
    public void ModeratorTools_SitUnderMod_AndPersonalOnes_UnderMe()
    {
        var mod = Sub("mod")["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>());
        var me = Sub("me");

        Assert.Equal(["add", "remove", "list", "kick", "ban", "unban", "lock", "unlock", "host", "audit"], mod);
        Assert.Equal(2, me["type"]!.GetValue<int>());
        Assert.Equal(["reminders", "my-data", "forget-me"], me["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        var kick = Sub("mod")["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == "kick")!;
        Assert.Equal(6, kick["options"]!.AsArray().Single(o => o!["name"]!.GetValue<string>() == "user")!["type"]!.GetValue<int>());
    }

    [Fact]
    public void JoinAndCheck_SitUnderSync()
    {
        var sync = Sub("sync");

        Assert.Equal(2, sync["type"]!.GetValue<int>());
        Assert.Equal(["join", "check"], sync["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        var at = Assert.Single(sync["options"]![1]!["options"]!.AsArray())!;
        Assert.Equal("at", at["name"]!.GetValue<string>());
        Assert.True(at["required"]!.GetValue<bool>());
    }

    [Fact]
    public void Poll_IsOneGroup_OpenTakesOptionalSessionClosesAndCarry_AndNominateAndVoteSitInside()
    {
        var poll = Sub("poll");
        var leaves = poll["options"]!.AsArray().ToDictionary(o => o!["name"]!.GetValue<string>(), o => o!["options"]!.AsArray());

        Assert.Equal(2, poll["type"]!.GetValue<int>());
        Assert.Equal(["open", "close", "remove", "show", "nominate", "vote"], leaves.Keys);
        Assert.Equal([("session", false), ("closes", false), ("carry", false)], leaves["open"].Select(o => (o!["name"]!.GetValue<string>(), o["required"]!.GetValue<bool>())));
        Assert.Equal([("n", true)], leaves["remove"].Select(o => (o!["name"]!.GetValue<string>(), o["required"]!.GetValue<bool>())));
        Assert.Equal([("title", true), ("rated", false), ("adult", false)], leaves["nominate"].Select(o => (o!["name"]!.GetValue<string>(), o["required"]!.GetValue<bool>())));
        Assert.Equal([("n", true)], leaves["vote"].Select(o => (o!["name"]!.GetValue<string>(), o["required"]!.GetValue<bool>())));
        Assert.DoesNotContain(WatchCommandDefinition.Build()[0]!["options"]!.AsArray(), o => o!["name"]!.GetValue<string>() is "nominate" or "vote");
    }

    private static int DiscordCharacterCount(System.Text.Json.Nodes.JsonNode node)
    {
        var count = 0;
        foreach (var field in new[] { "name", "description", "value" })
        {
            if (node[field] is { } value)
            {
                count += value.ToString().Length;
            }
        }

        foreach (var list in new[] { "options", "choices" })
        {
            if (node[list] is System.Text.Json.Nodes.JsonArray items)
            {
                count += items.Sum(item => DiscordCharacterCount(item!));
            }
        }

        return count;
    }

    private static System.Text.Json.Nodes.JsonNode Sub(string name) =>
        WatchCommandDefinition.Build()[0]!["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == name)!;

    private static void CheckNameAndDescription(System.Text.Json.Nodes.JsonNode node)
    {
        Assert.Matches(NameRule(), node["name"]!.GetValue<string>());
        Assert.InRange(node["description"]!.GetValue<string>().Length, 1, 100);
    }

    [Fact]
    public void Title_IsAStringOfAtMost100()
    {
        var start = WatchCommandDefinition.Build()[0]!["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == "start")!;
        var title = start["options"]!.AsArray().First(o => o!["name"]!.GetValue<string>() == "title")!;

        Assert.Equal(3, title["type"]!.GetValue<int>());
        Assert.Equal(100, title["max_length"]!.GetValue<int>());
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NameRule();
}
