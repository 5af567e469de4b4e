using System.Text.Json.Nodes;
using WatchBot.Contract.Tests.Framework;
using WatchBot.Core.Grammar;
using WatchBot.Emulators.Discord;

namespace WatchBot.Contract.Tests.Discord;

/// <summary>
/// A scripted line as Discord sends it: a sub-command, or one inside its group (<c>/watch mod kick</c>
/// for a sub-command declared <c>Under = "mod"</c>, <c>/watch mod add</c> for the verbs of a command
/// with <c>GroupBy</c>); a USER option (type 6) carries the member's snowflake, and the member is
/// resolved with their permissions, as Discord resolves them for that one interaction.
/// </summary>
internal static class DiscordCommandShape
{
    /// <summary>Manage Server: what makes a member a moderator without being added.</summary>
    public const string ManageGuild = "32";

    public static JsonObject Data(string line, Func<string, string> idOf, Func<string, string> permissionsOf)
    {
        var typed = TypedLine.Of(line);
        var declared = CommandRegistry.Default.Find(typed.SubCommand);
        var options = new Dictionary<string, string>(typed.Options, StringComparer.Ordinal);
        var (group, name) = (declared?.GroupBy, declared?.Under) switch
        {
            ({ } by, _) when options.Remove(by, out var verb) => ((string?)typed.SubCommand, verb),
            (_, { } under) => (under, typed.SubCommand),
            _ => (null, typed.SubCommand),
        };

        var values = new JsonArray();
        var users = new JsonObject();
        var members = new JsonObject();
        foreach (var (key, value) in options)
        {
            if (declared?.Option(key)?.Kind != OptionKind.User)
            {
                values.Add(new JsonObject { ["type"] = 3, ["name"] = key, ["value"] = value });
                continue;
            }

            var person = value.TrimStart('@');
            var id = idOf(person);
            values.Add(new JsonObject { ["type"] = 6, ["name"] = key, ["value"] = id });
            users[id] = new JsonObject { ["id"] = id, ["username"] = person, ["global_name"] = person, ["discriminator"] = "0" };
            members[id] = new JsonObject { ["roles"] = new JsonArray(), ["permissions"] = permissionsOf(person) };
        }

        JsonNode sub = new JsonObject { ["type"] = 1, ["name"] = name, ["options"] = values };
        if (group is not null)
        {
            sub = new JsonObject { ["type"] = 2, ["name"] = group, ["options"] = new JsonArray(sub) };
        }

        var data = new JsonObject
        {
            ["id"] = "3000000000000000001",
            ["name"] = "watch",
            ["type"] = 1,
            ["options"] = new JsonArray(sub),
        };
        if (users.Count > 0)
        {
            data["resolved"] = new JsonObject { ["users"] = users, ["members"] = members };
        }

        return data;
    }

    /// <summary>The interaction carrying <paramref name="data"/>, sent by <paramref name="user"/> in the emulated guild.</summary>
    public static JsonObject Interaction(JsonObject data, string user, string userId, string permissions) =>
        DiscordInteractions.Interaction(2, data, userId, user, permissions, DiscordInteractions.GuildId, DiscordInteractions.ChannelId);
}
