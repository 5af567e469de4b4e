using System.Text.Json.Nodes;

namespace WatchBot.Emulators.Discord;

/// <summary>Builds interaction payloads shaped like Discord's (see the discord_interaction_* fixtures).</summary>
public static class DiscordInteractions
{
    public const string ApplicationId = "1000000000000000001";
    public const string GuildId = "1000000000000000002";
    public const string ChannelId = "1000000000000000003";

    /// <summary>Member permissions with nothing special (View Channel, Send Messages…, no Manage Server/Events).</summary>
    public const string PlainPermissions = "3072";

    private static long _next = 1_200_000_000_000_000_000;

    public static JsonObject Ping() => new() { ["id"] = NextId(), ["application_id"] = ApplicationId, ["type"] = 1, ["token"] = "ping-token", ["version"] = 1 };

    /// <summary><c>/watch &lt;sub&gt; name:value…</c> in the emulated guild.</summary>
    public static JsonObject Watch(string sub, IReadOnlyDictionary<string, string>? options = null, string userId = "2000000000000000001",
        string name = "alice", string permissions = PlainPermissions, string? guildId = GuildId, string channelId = ChannelId,
        IReadOnlyList<string>? roles = null)
    {
        var values = new JsonArray();
        foreach (var (key, value) in options ?? new Dictionary<string, string>())
        {
            values.Add(new JsonObject { ["type"] = 3, ["name"] = key, ["value"] = value });
        }

        var data = new JsonObject
        {
            ["id"] = "3000000000000000001",
            ["name"] = "watch",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = sub, ["options"] = values }),
        };
        return Interaction(2, data, userId, name, permissions, guildId, channelId, roles);
    }

    /// <summary>A click on a button with <paramref name="customId"/>.</summary>
    public static JsonObject Click(string customId, string userId = "2000000000000000001", string name = "alice",
        string permissions = PlainPermissions, string? guildId = GuildId, string channelId = ChannelId) =>
        Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId, name, permissions, guildId, channelId);

    /// <summary>A pick in a String Select with <paramref name="customId"/>: <c>component_type</c> 3 and the picked <c>values</c>.</summary>
    public static JsonObject Select(string customId, IReadOnlyList<string> values, string userId = "2000000000000000001", string name = "alice",
        string permissions = PlainPermissions, string? guildId = GuildId, string channelId = ChannelId) =>
        Interaction(3, new JsonObject
        {
            ["custom_id"] = customId,
            ["component_type"] = 3,
            ["values"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]),
        }, userId, name, permissions, guildId, channelId);

    public static JsonObject Interaction(int type, JsonObject data, string userId, string name, string permissions, string? guildId, string channelId,
        IReadOnlyList<string>? roles = null)
    {
        var user = new JsonObject { ["id"] = userId, ["username"] = name, ["global_name"] = name, ["discriminator"] = "0" };
        var json = new JsonObject
        {
            ["id"] = NextId(),
            ["application_id"] = ApplicationId,
            ["type"] = type,
            ["token"] = "token-" + NextId(),
            ["version"] = 1,
            ["channel_id"] = channelId,
            ["data"] = data,
            ["locale"] = "en-US",
        };
        if (guildId is null)
        {
            json["user"] = user;
        }
        else
        {
            json["guild_id"] = guildId;
            json["member"] = new JsonObject { ["user"] = user, ["roles"] = new JsonArray([.. (roles ?? []).Select(r => (JsonNode)JsonValue.Create(r))]), ["permissions"] = permissions };
        }

        return json;
    }

    private static string NextId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
